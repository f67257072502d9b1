namespace Groupus.Application.Privacy.Exports;

/// <summary>The JSON Schema (draft 2020-12) that every package's data.json follows; published by GetExportSchema and shipped in the zip.</summary>
public static class ExportSchema
{
    public const string Id = "https://groupus.example/schemas/privacy/personal-data-export/v1.json";

    public const string Json = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://groupus.example/schemas/privacy/personal-data-export/v1.json",
  "title": "Groupus personal data export",
  "description": "Everything Groupus holds, as controller, about one person, for an access or portability request.",
  "type": "object",
  "required": ["schemaVersion", "requestId", "requestType", "generatedAt", "modules"],
  "additionalProperties": false,
  "properties": {
    "schemaVersion": { "const": "1" },
    "requestId": { "type": "string", "format": "uuid" },
    "requestType": { "enum": ["access", "portability"] },
    "generatedAt": { "type": "string", "format": "date-time" },
    "modules": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["module", "records", "files"],
        "additionalProperties": false,
        "properties": {
          "module": { "type": "string", "minLength": 1 },
          "records": {
            "type": "array",
            "items": {
              "type": "object",
              "required": ["recordType", "recordId", "fields"],
              "additionalProperties": false,
              "properties": {
                "recordType": { "type": "string", "minLength": 1 },
                "recordId": { "type": "string", "minLength": 1 },
                "fields": { "type": "object", "additionalProperties": { "type": ["string", "null"] } }
              }
            }
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "required": ["recordType", "recordId", "fileName", "mediaType", "path", "sizeBytes", "sha256"],
              "additionalProperties": false,
              "properties": {
                "recordType": { "type": "string" },
                "recordId": { "type": "string" },
                "fileName": { "type": "string" },
                "mediaType": { "type": "string" },
                "path": { "type": "string", "pattern": "^content/" },
                "sizeBytes": { "type": "integer", "minimum": 0 },
                "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }
              }
            }
          }
        }
      }
    }
  }
}
""";
}
