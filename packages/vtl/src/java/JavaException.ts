/** A Java method threw (StringIndexOutOfBoundsException, PatternSyntaxException ...); the render fails. */
export class JavaException extends Error {
  constructor(
    readonly javaType: string,
    message: string,
  ) {
    super(`${javaType}: ${message}`);
  }
}
