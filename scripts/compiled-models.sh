#!/usr/bin/env bash
# Regenerates the EF Core compiled models (dotnet ef dbcontext optimize) of every module context, for both providers
# (the models differ: column types), into src/Migrations/<Provider>/<Module>/CompiledModel
# (namespace Groupus.Migrations.<Provider>.<Module>.CompiledModel, beside the module's migrations). Run it after any change
# to a module's model (with `dotnet ef migrations add`, see docs/database.md "Adding a migration");
# CompiledModelsTests fails while a compiled model is out of step with the model the configuration builds.
# Identity, Customers, Numbering and Fax have none: their tenant query filters cannot be compiled (EF Core limitation, ADR 0049).
# Usage: scripts/compiled-models.sh [Module ...]     (default: every module but Identity, Customers, Numbering and Fax)
set -euo pipefail
cd "$(dirname "$0")/.."
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(Communications Partners Privacy Sales Visitors)
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet build "src/Migrations/$provider" --nologo -v q
  for module in "${modules[@]}"; do
    rm -rf "src/Migrations/$provider/$module/CompiledModel"
    dotnet dotnet-ef dbcontext optimize --no-build --project "src/Migrations/$provider" --startup-project "src/Migrations/$provider" \
      --context "${module}DbContext" --output-dir "$module/CompiledModel" \
      --namespace "Groupus.Migrations.$provider.$module.CompiledModel"
  done
done
