// Public surface of @apigw-playground/codegen.
export { CodegenError, type CodegenErrorMetadata } from "./errors/CodegenError";
export { UnsupportedTemplateError } from "./errors/UnsupportedTemplateError";
export { diffGeneratedFiles, type GeneratedFilesDiff, isUpToDate, writeGeneratedFiles } from "./files/syncGeneratedFiles";
export { generateClientModules, registryFile } from "./generateClientModules";
export { generatorName, isGeneratedSource, registryHeader, templateHeader } from "./print/header";
