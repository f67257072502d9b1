using System.Text.RegularExpressions;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// No SQL Server runs on our build machines, so the SQL Server migrations are checked as far as a parser can: every
/// module's scripts, plain and idempotent (as a deployment runs them), parse as T-SQL for SQL Server 2022 with no error
/// and carry nothing that only SQLite understands (hand-written <c>migrationBuilder.Sql</c> included).
/// </summary>
public sealed partial class SqlServerScriptTests
{
    public static TheoryData<string, bool> ModulesAndForms()
    {
        var data = new TheoryData<string, bool>();
        foreach (var module in ModuleContexts.Modules)
        {
            data.Add(module, false);
            data.Add(module, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModulesAndForms))]
    public void The_sql_server_script_of_each_module_parses_as_t_sql_with_nothing_sqlite_only(string module, bool idempotent)
    {
        var script = Script(DatabaseProvider.SqlServer, module, idempotent);

        var check = TSqlScriptCheck.Of(script);

        Assert.True(check.Errors.Count == 0, $"{module}: {string.Join(Environment.NewLine, check.Errors)}");
        Assert.True(check.SqliteOnly.Count == 0, $"{module}: SQLite-only SQL: {string.Join(", ", check.SqliteOnly)}");
        Assert.True(check.Statements > 0, $"{module}: no statement parsed; the check saw nothing");

        // The parser saw the whole script only if every table of the model is created in it (a small module, such as
        // numbering with one table and its outbox and inbox, has few statements; a fixed floor would not say that).
        var created = CreatedTables().Matches(script).Select(m => m.Groups["table"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(ModelTables(module), table => Assert.True(created.Contains(table), $"{module}: the script creates no table {table}"));
    }

    public static TheoryData<string> Modules() => [.. ModuleContexts.Modules];

    // EF writes no idempotent script for SQLite, so the canary takes the plain one.
    [Theory]
    [MemberData(nameof(Modules))]
    public void Canary_the_sqlite_script_of_each_module_fails_the_same_check(string module)
    {
        var check = TSqlScriptCheck.Of(Script(DatabaseProvider.Sqlite, module, idempotent: false));

        Assert.True(check.Errors.Count > 0 || check.SqliteOnly.Count > 0, $"{module}: the SQLite script passed as T-SQL");
    }

    [Fact]
    public void Canary_sqlite_only_statements_are_named_even_inside_dynamic_sql()
    {
        var check = TSqlScriptCheck.Of("EXEC(N'INSERT OR IGNORE INTO t (a) VALUES (1)');\nGO\nSELECT name FROM sqlite_master;\nGO\n");

        Assert.Empty(check.Errors);
        Assert.Equal(["INSERT OR IGNORE", "sqlite_master"], check.SqliteOnly);
    }

    private static IReadOnlyList<string> ModelTables(string module)
    {
        using var context = ModuleContexts.Create(DatabaseProvider.SqlServer, module);
        return context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Select(t => t.Name).ToList();
    }

    private static string Script(DatabaseProvider provider, string module, bool idempotent)
    {
        using var context = ModuleContexts.Create(provider, module);
        return context.GetService<IMigrator>().GenerateScript(options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
    }

    private sealed record TSqlScriptCheck(int Statements, IReadOnlyList<string> Errors, IReadOnlyList<string> SqliteOnly)
    {
        public static TSqlScriptCheck Of(string script)
        {
            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(script);
            var fragment = (TSqlScript)parser.Parse(reader, out var errors);
            var statements = fragment.Batches.Sum(b => b.Statements.Count);
            var sqliteOnly = SqliteOnlyConstructs().Matches(script).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return new TSqlScriptCheck(statements, errors.Select(e => $"line {e.Line}: {e.Message}").ToList(), sqliteOnly);
        }
    }

    // Text, not tokens: an idempotent script runs much of its SQL as strings inside EXEC(N'...').
    [GeneratedRegex(@"\bPRAGMA\b|\bAUTOINCREMENT\b|\bINSERT\s+OR\s+(IGNORE|REPLACE)\b|\bWITHOUT\s+ROWID\b|\bON\s+CONFLICT\b|\bsqlite_\w+|\bjulianday\s*\(|\bstrftime\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SqliteOnlyConstructs();

    [GeneratedRegex(@"\bCREATE\s+TABLE\s+\[(?<table>[^\]]+)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreatedTables();
}
