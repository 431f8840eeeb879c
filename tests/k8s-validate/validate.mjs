// Validates Kubernetes manifests against the API's OpenAPI schemas, with the kubernetes-models package (each object
// by the model of its apiVersion and kind), plus the name and label rules the API server checks beyond the schema.
//   node validate.mjs PATH...   (files or directories; *.yaml, *.yml, *.json, several documents per file)
// Prints one JSON line per object ({file, index, apiVersion, kind, name, ok, errors}) and a summary on stderr.
// Exit code: 0 all valid, 1 some invalid, 2 bad usage or unreadable input.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
// Kinds whose names are DNS-1035 labels (they become DNS names); the rest are DNS-1123 subdomains.
const LABEL_NAMED = new Set(["Service"]);

function files(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((entry) => files(join(path, entry)));
  }
  return /\.(ya?ml|json)$/.test(path) ? [path] : [];
}

function labelErrors(where, labels) {
  return Object.entries(labels ?? {}).flatMap(([key, value]) => {
    const errors = [];
    const slash = key.lastIndexOf("/");
    const name = slash < 0 ? key : key.slice(slash + 1);
    if (name.length > 63 || !QUALIFIED_NAME.test(name) || (slash >= 0 && !DNS1123_SUBDOMAIN.test(key.slice(0, slash)))) {
      errors.push(`${where}: invalid label key ${JSON.stringify(key)}`);
    }
    if (typeof value !== "string" || value.length > 63 || (value !== "" && !QUALIFIED_NAME.test(value))) {
      errors.push(`${where}: invalid label value ${JSON.stringify(value)} for ${key}`);
    }
    return errors;
  });
}

function apiRules(object) {
  const errors = [];
  const name = object.metadata?.name;
  const pattern = LABEL_NAMED.has(object.kind) ? DNS1035_LABEL : DNS1123_SUBDOMAIN;
  const limit = LABEL_NAMED.has(object.kind) ? 63 : 253;
  if (typeof name !== "string" || name.length > limit || !pattern.test(name)) {
    errors.push(`metadata.name ${JSON.stringify(name)} is not a valid ${object.kind} name`);
  }
  errors.push(...labelErrors("metadata.labels", object.metadata?.labels));
  errors.push(...labelErrors("spec.template.metadata.labels", object.spec?.template?.metadata?.labels));
  for (const container of [...(object.spec?.template?.spec?.containers ?? []), ...(object.spec?.template?.spec?.initContainers ?? [])]) {
    if (typeof container.name !== "string" || container.name.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(container.name)) {
      errors.push(`container name ${JSON.stringify(container.name)} is not a DNS-1123 label`);
    }
  }
  for (const volume of object.spec?.template?.spec?.volumes ?? []) {
    if (volume.name.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(volume.name)) {
      errors.push(`volume name ${JSON.stringify(volume.name)} is not a DNS-1123 label`);
    }
  }
  return errors;
}

async function validate(object) {
  if (!object || typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    return ["not a Kubernetes object (no apiVersion and kind)"];
  }
  let models;
  try {
    models = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    return [`unknown apiVersion ${object.apiVersion}`];
  }
  const Model = models[object.kind];
  if (typeof Model !== "function") {
    return [`unknown kind ${object.kind} in ${object.apiVersion}`];
  }
  try {
    new Model(object).validate();
  } catch (error) {
    return [String(error.message ?? error), ...apiRules(object)];
  }
  return apiRules(object);
}

async function main(paths) {
  if (paths.length === 0) {
    console.error("usage: node validate.mjs PATH...");
    return 2;
  }
  let checked = 0;
  let invalid = 0;
  for (const file of paths.flatMap(files)) {
    const documents = parseAllDocuments(readFileSync(file, "utf8"));
    for (const [index, document] of documents.entries()) {
      const parseErrors = document.errors.map((e) => e.message);
      const object = document.toJS();
      if (object === null && parseErrors.length === 0) {
        continue; // an empty document (a trailing ---)
      }
      const errors = parseErrors.length > 0 ? parseErrors : await validate(object);
      checked++;
      invalid += errors.length > 0 ? 1 : 0;
      const line = { file, index, apiVersion: object?.apiVersion, kind: object?.kind, name: object?.metadata?.name, ok: errors.length === 0, errors };
      console.log(JSON.stringify(line));
    }
  }
  console.error(`validated ${checked} objects: ${checked - invalid} valid, ${invalid} invalid`);
  return invalid > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`validate.mjs: ${error.message ?? error}`);
    process.exit(2);
  },
);
