#!/usr/bin/env python3
"""Lint the SAM templates the way CloudFormation will see them.

cfn-lint runs the SAM transform itself, but first blanks every
`AWS::Serverless::Api` `DefinitionBody` (cfnlint/template/transforms/_sam.py),
so nothing inside the OpenAPI document -- the integrations, their roles'
`Fn::GetAtt`s, `Fn::Sub` strings -- is ever checked. This script runs the SAM
translator on the whole template instead (fake region us-east-1, no AWS
calls), writes the translated CloudFormation JSON to a temporary directory and
lints that, so the OpenAPI document is checked as the `AWS::ApiGateway::RestApi`
`Body` it becomes. It then checks the house conventions the templates promise
to the route loader, the client generator and the demo (templates/README.md).

Exit status: 0 when every template is clean, 1 when any has an error or an
unjustified warning, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

# SAM's ArnGenerator and pseudo-parameter defaults ask boto3 for the session
# region; pin it before samtranslator is imported so no AWS config is read.
os.environ["AWS_DEFAULT_REGION"] = "us-east-1"
os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")

import cfnlint.api  # noqa: E402
import cfnlint.decode  # noqa: E402
from jsonschema import Draft4Validator  # noqa: E402  (a dependency of cfn-lint)
from jsonschema.exceptions import SchemaError  # noqa: E402
from samtranslator.model.exceptions import InvalidDocumentException  # noqa: E402
from samtranslator.translator.arn_generator import ArnGenerator  # noqa: E402
from samtranslator.translator.transform import transform  # noqa: E402

REGION = "us-east-1"
TEMPLATES_DIR = Path(__file__).resolve().parent

# cfn-lint rules this script switches off, each with the reason. Keep this
# list short: a rule belongs here only when the warning is wrong for these
# templates, never to silence something that should be fixed.
# None is needed today. The one warning that cannot apply (vpclink's
# subnet-id check on a branch its Rules section makes unreachable) is
# silenced on those resources only, with the reason beside it, through
# cfn-lint's resource Metadata (ignore_checks), which SAM passes through.
IGNORED_RULES: dict[str, str] = {}

SIGV4_SCHEME = {
    "type": "apiKey",
    "name": "Authorization",
    "in": "header",
    "x-amazon-apigateway-authtype": "awsSigv4",
}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "x-amazon-apigateway-any-method")
REQUIRED_OUTPUTS = ("ApiUrl", "ApiId", "Region")
OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")


class NoManagedPolicies:
    """Managed-policy loader for the translator: these templates name no
    managed policies by short name, so there is nothing to look up (and no
    AWS account to look it up in)."""

    def load(self) -> dict[str, str]:
        return {}


def plain(value: Any) -> Any:
    """cfn-lint's decoder returns str/dict/list subclasses that carry line
    marks; the translator wants plain JSON values."""
    return json.loads(json.dumps(value))


def translate(path: Path) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list[str]]:
    """Return (source, translated, errors) for one template."""
    source, matches = cfnlint.decode.decode(str(path))
    if matches:
        return None, None, [f"{m.rule.id} line {m.linenumber}: {m.message}" for m in matches]
    if not isinstance(source, dict):
        return None, None, ["the file is not a CloudFormation template (not a mapping)"]
    source = plain(source)
    ArnGenerator.BOTO_SESSION_REGION_NAME = REGION
    try:
        translated = transform(plain(source), {}, NoManagedPolicies())
    except InvalidDocumentException as error:
        return source, None, [f"SAM transform: {cause.message}" for cause in error.causes]
    return source, translated, []


def lint_translated(name: str, translated: dict[str, Any], out_dir: Path) -> tuple[list[str], list[str], Path]:
    """Run cfn-lint on the translated template; return (errors, warnings, file)."""
    out_file = out_dir / f"{name}.json"
    out_file.write_text(json.dumps(translated, indent=2) + "\n", encoding="utf-8")
    config = cfnlint.api.ManualArgs(regions=[REGION], ignore_checks=list(IGNORED_RULES))
    errors: list[str] = []
    warnings: list[str] = []
    for match in cfnlint.api.lint_file(out_file, config=config):
        where = "/".join(str(part) for part in (match.path or [])) or f"line {match.linenumber}"
        line = f"{match.rule.id} {where}: {match.message}"
        # Informational rules (I...) are printed with the warnings and fail too:
        # a template either satisfies them or the rule is justified above.
        (errors if match.rule.id.startswith("E") else warnings).append(line)
    return errors, warnings, out_file


def check_conventions(source: dict[str, Any]) -> list[str]:
    """The promises every template makes (templates/README.md, "Conventions")."""
    problems: list[str] = []
    if source.get("AWSTemplateFormatVersion") != "2010-09-09":
        problems.append("AWSTemplateFormatVersion must be '2010-09-09'")
    if source.get("Transform") != "AWS::Serverless-2016-10-31":
        problems.append("Transform must be AWS::Serverless-2016-10-31")
    if not source.get("Description"):
        problems.append("the template needs a Description")
    stage = source.get("Parameters", {}).get("StageName")
    if not stage or stage.get("Default") != "v1" or not stage.get("AllowedPattern"):
        problems.append("Parameter StageName needs Default v1 and an AllowedPattern")
    outputs = source.get("Outputs", {})
    problems += [f"Outputs needs {key}" for key in REQUIRED_OUTPUTS if key not in outputs]

    resources = source.get("Resources", {})
    apis = [lid for lid, r in resources.items() if r.get("Type") == "AWS::Serverless::Api"]
    if apis != ["Api"]:
        problems.append(f"expected exactly one AWS::Serverless::Api named Api, found {apis}")
        return problems
    props = resources["Api"].get("Properties", {})
    if props.get("OpenApiVersion") != "3.0.1":
        problems.append("Api.OpenApiVersion must be 3.0.1")
    if props.get("EndpointConfiguration") not in ("REGIONAL", {"Type": "REGIONAL"}):
        problems.append("Api.EndpointConfiguration must be REGIONAL")
    body = props.get("DefinitionBody")
    if not isinstance(body, dict):
        problems.append("Api.DefinitionBody must be an inline OpenAPI document")
        return problems
    problems += check_openapi(body)
    problems += check_roles(resources)
    return problems


def check_openapi(body: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if body.get("openapi") != "3.0.1":
        problems.append("DefinitionBody.openapi must be 3.0.1")
    components = body.get("components", {})
    if components.get("securitySchemes", {}).get("sigv4") != SIGV4_SCHEME:
        problems.append("components.securitySchemes.sigv4 must be the awsSigv4 apiKey scheme")
    for model, schema in components.get("schemas", {}).items():
        try:
            # API Gateway models are JSON Schema draft 4.
            Draft4Validator.check_schema(schema)
        except SchemaError as error:
            problems.append(f"components.schemas.{model} is not a draft-04 schema: {error.message}")
    gateway_responses = body.get("x-amazon-apigateway-gateway-responses", {})
    problems += [
        f"x-amazon-apigateway-gateway-responses needs {kind}"
        for kind in ("DEFAULT_4XX", "DEFAULT_5XX")
        if kind not in gateway_responses
    ]
    validators = body.get("x-amazon-apigateway-request-validators", {})
    top_security = body.get("security")
    seen: dict[str, str] = {}
    for path, item in body.get("paths", {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            route = f"{method.upper()} {path}"
            op_id = op.get("operationId", "")
            if not OPERATION_ID.match(op_id):
                problems.append(f"{route}: operationId {op_id!r} must be camelCase")
            elif op_id in seen:
                problems.append(f"{route}: operationId {op_id} is also used by {seen[op_id]}")
            seen[op_id] = route
            if not op.get("summary"):
                problems.append(f"{route}: needs a summary")
            if not op.get("responses"):
                problems.append(f"{route}: needs responses")
            security = op.get("security", top_security)
            if method == "options":
                if security != []:
                    problems.append(f"{route}: a CORS preflight must have security: [] (browsers never sign it)")
            elif not security or not any("sigv4" in requirement for requirement in security):
                problems.append(f"{route}: must require the sigv4 scheme (AWS_IAM)")
            integration = op.get("x-amazon-apigateway-integration")
            if not isinstance(integration, dict) or "type" not in integration:
                problems.append(f"{route}: needs an x-amazon-apigateway-integration with a type")
                continue
            needs_validator = "requestBody" in op or any(p.get("required") for p in op.get("parameters", []))
            validator = op.get("x-amazon-apigateway-request-validator")
            if needs_validator and validator not in validators:
                problems.append(f"{route}: takes a body or required parameters but names no known request validator")
            kind = str(integration["type"]).lower()
            if kind == "aws" and "credentials" not in integration:
                problems.append(f"{route}: an AWS integration needs credentials (its IntegrationRole)")
            if kind in ("http", "http_proxy", "mock") and "credentials" in integration:
                problems.append(f"{route}: a {kind} integration takes no credentials")
    return problems


def check_roles(resources: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for lid, resource in resources.items():
        if resource.get("Type") != "AWS::IAM::Role" or not lid.endswith("IntegrationRole"):
            continue
        props = resource.get("Properties", {})
        principals = [
            statement.get("Principal", {}).get("Service")
            for statement in props.get("AssumeRolePolicyDocument", {}).get("Statement", [])
        ]
        if principals != ["apigateway.amazonaws.com"]:
            problems.append(f"{lid}: must trust exactly apigateway.amazonaws.com")
        for policy in props.get("Policies", []):
            for statement in policy.get("PolicyDocument", {}).get("Statement", []):
                if statement.get("Resource") == "*" or "*" in (statement.get("Resource") or []):
                    problems.append(f"{lid}: a policy statement allows Resource '*'")
    return problems


def lint_template(path: Path, out_dir: Path) -> bool:
    name = path.parent.name if path.name == "template.yaml" else path.stem
    shown = os.path.relpath(path)
    source, translated, errors = translate(path)
    warnings: list[str] = []
    count = 0
    if translated is not None and source is not None:
        lint_errors, warnings, _ = lint_translated(name, translated, out_dir)
        errors += lint_errors
        errors += [f"convention: {p}" for p in check_conventions(source)]
        count = len(translated.get("Resources", {}))
    for line in errors:
        print(f"  error   {line}")
    for line in warnings:
        print(f"  warning {line}")
    ok = not errors and not warnings
    verdict = "ok" if ok else "FAIL"
    print(f"{shown}: {verdict} ({len(errors)} errors, {len(warnings)} warnings; {count} resources after SAM translation)")
    return ok


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=(
            "Translate each SAM template with aws-sam-translator (region us-east-1, no AWS calls), "
            "run cfn-lint on the translated CloudFormation (so the OpenAPI DefinitionBody is checked "
            "as the RestApi Body) and check the house conventions. Exits 1 on any error or warning."
        )
    )
    parser.add_argument(
        "templates",
        nargs="*",
        type=Path,
        help="template files to check (default: every templates/*/template.yaml)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="write the translated JSON to DIR and keep it (default: a temporary directory)",
    )
    args = parser.parse_args(argv)
    files = args.templates or sorted(TEMPLATES_DIR.glob("*/template.yaml"))
    if not files:
        print(f"no templates found under {TEMPLATES_DIR}", file=sys.stderr)
        return 2
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"no such template: {', '.join(missing)}", file=sys.stderr)
        return 2
    if IGNORED_RULES:
        print("ignored cfn-lint rules: " + "; ".join(f"{k} ({v})" for k, v in IGNORED_RULES.items()))
    with tempfile.TemporaryDirectory(prefix="sam-lint-") as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        results = [lint_template(f.resolve(), out_dir) for f in files]
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
