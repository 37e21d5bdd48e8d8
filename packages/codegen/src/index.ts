// Public surface of @apigw-playground/codegen.
export { CodegenError, type CodegenErrorMetadata } from "./errors/CodegenError";
export { UnsupportedTemplateError } from "./errors/UnsupportedTemplateError";
export { generateClientModules, registryFile } from "./generateClientModules";
export { generatorName, isGeneratedSource, registryHeader, templateHeader } from "./print/header";
export { schemaToType, type SchemaTypeContext, type TypeDoc } from "./schema/schemaToType";
