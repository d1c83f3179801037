type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
};

export type SchemaField = { path: string; type: string; required: boolean; rules: string[]; description?: string };

/** Flattens a JSON Schema object into rows: "customer.email", "pets[].name", … */
export function schemaFields(schema: JsonSchema, prefix = "", parentRequired = true): SchemaField[] {
  const rows: SchemaField[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const nullable = raw.anyOf?.some((option) => option.type === "null") ?? false;
    const property = raw.anyOf?.find((option) => option.type !== "null") ?? raw;
    const path = prefix ? `${prefix}.${name}` : name;
    const required = parentRequired && (schema.required?.includes(name) ?? false);
    const rules: string[] = [];
    if (property.enum) rules.push(`one of ${property.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    if (property.const !== undefined) rules.push(`must be ${JSON.stringify(property.const)}`);
    if (property.format) rules.push(property.format);
    if (property.maxLength !== undefined) rules.push(`at most ${property.maxLength} characters`);
    if (property.exclusiveMinimum !== undefined) rules.push(`more than ${property.exclusiveMinimum}`);
    if (property.maximum !== undefined) rules.push(`at most ${property.maximum}`);
    if (property.minItems !== undefined) rules.push(`${property.minItems} to ${property.maxItems ?? "any"} items`);
    if (nullable) rules.push("may be null");
    const type =
      property.type === "array"
        ? "array"
        : String(property.type ?? (property.const !== undefined ? typeof property.const : "any"));
    rows.push({ path, type, required, rules, description: property.description ?? raw.description });
    if (property.type === "object") rows.push(...schemaFields(property, path, required));
    if (property.type === "array" && property.items?.type === "object") {
      rows.push(...schemaFields(property.items, `${path}[]`, required));
    }
  }
  return rows;
}
