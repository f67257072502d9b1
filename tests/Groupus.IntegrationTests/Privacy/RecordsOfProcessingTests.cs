using System.Text.Json;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Identity;
using Groupus.Application.Communications;
using Groupus.Application.Customers;
using Groupus.Application.Fax;
using Groupus.Application.Numbering;
using Groupus.Application.Partners;
using Groupus.Application.Sales;
using Groupus.Application.Privacy;
using Groupus.Application.Privacy.GetRecordsOfProcessing;
using Groupus.Application.Visitors;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using ProcessingRole = Groupus.Contracts.Privacy.ProcessingRole;

namespace Groupus.IntegrationTests.Privacy;

public sealed class RecordsOfProcessingTests
{
    private static readonly IPersonalDataRegistration[] Registrations =
        [new IdentityPersonalData(), new CustomersPersonalData(), new VisitorsPersonalData(), new CommunicationsPersonalData(), new FaxPersonalData(), new PrivacyPersonalData(), new PartnersPersonalData(), new SalesPersonalData(), new NumberingPersonalData()];

    [Fact]
    public async Task The_privacy_officer_gets_the_records_as_json_and_csv_with_each_category_mapped_to_its_fields()
    {
        await using var server = await TestServer.StartAsync();
        var officer = new PrivacySession(await server.StaffAsync("priya", "privacy-officer"));

        var report = await officer.Privacy.GetRecordsOfProcessingAsync(new GetRecordsOfProcessingRequest(), officer.Headers);

        using var json = JsonDocument.Parse(report.Json);
        var activities = json.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(report.ActivityCount, activities.Count);
        Assert.Equal(
            ["communications", "customers", "fax", "identity", "numbering", "partners", "privacy", "sales", "visitors"],
            activities.Select(a => a.GetProperty("activity").GetProperty("module").GetString()!).Distinct().Order(StringComparer.Ordinal));
        var visitors = activities.Single(a => a.GetProperty("activity").GetProperty("module").GetString() == "visitors");
        Assert.Equal(["LegitimateInterest"], visitors.GetProperty("activity").GetProperty("legalBases").EnumerateArray().Select(b => b.GetString()));
        var identification = visitors.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("category").GetString() == "Identification");
        Assert.Contains("visitors_visits.VisitorName", identification.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        var csvLines = report.Csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("module,activity,role,data_subjects,category,fields,purposes,legal_bases", csvLines[0], StringComparison.Ordinal);
        Assert.Contains(csvLines, l => l.StartsWith("fax,Customers' incoming and outgoing faxes,Processor,", StringComparison.Ordinal)
            && l.Contains("fax_jobs.Destination", StringComparison.Ordinal));
        Assert.Contains(csvLines, l => l.StartsWith("identity,Staff accounts and sign-in audit,", StringComparison.Ordinal)
            && l.Contains(PrivacyNotice.NotStated, StringComparison.Ordinal));
        Assert.Contains(csvLines, l => l.StartsWith("numbering,Numbers and emergency services registration,Controller,", StringComparison.Ordinal)
            && l.Contains("accounts_phone_numbers.E164", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generating_the_records_is_audited_by_id_without_personal_data()
    {
        await using var server = await TestServer.StartAsync();
        var officer = new PrivacySession(await server.StaffAsync("priya", "privacy-officer"));

        var report = await officer.Privacy.GetRecordsOfProcessingAsync(new GetRecordsOfProcessingRequest(), officer.Headers);

        await using var connection = new SqliteConnection($"Data Source={server.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Actor, Action, Details FROM privacy_audit";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.StartsWith("staff:", reader.GetString(0), StringComparison.Ordinal);
        Assert.True(Guid.TryParse(reader.GetString(0)["staff:".Length..], out _));
        Assert.Equal("ropa.generated", reader.GetString(1));
        Assert.Contains(report.JsonSha256, reader.GetString(2), StringComparison.Ordinal);
        Assert.DoesNotContain("priya", reader.GetString(0) + reader.GetString(2), StringComparison.OrdinalIgnoreCase);
        Assert.False(await reader.ReadAsync());

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.True(verification.Intact);
        Assert.Equal(1, verification.RowsChecked);
    }

    [Fact]
    public void Every_classified_field_is_covered_by_an_activity_its_module_registers()
    {
        var fields = ModuleContexts.Modules
            .SelectMany(module =>
            {
                using var context = ModuleContexts.Create(DatabaseProvider.Sqlite, module);
                return PersonalDataModel.Read(context);
            })
            .Where(p => p.IsPersonal)
            .Select(p => new PersonalDataField(p.Module, p.Entity, p.Property, p.Table, p.Column, p.Categories))
            .ToList();

        var records = RecordsOfProcessingBuilder.Build(DateTime.UtcNow, Registrations, fields);

        // Outbox payloads copy whatever a module's events carry; where a module's events carry ids only, no activity names the categories.
        Assert.All(records.FieldsWithoutActivity, f => Assert.Equal("OutboxMessage", f.Entity));
    }

    [Fact]
    public void Every_module_with_a_database_registers_its_processing()
    {
        Assert.Equal(ModuleContexts.Modules.Order(StringComparer.Ordinal), Registrations.Select(r => r.Module).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_csv_cell_with_a_comma_a_quote_or_a_line_break_is_quoted()
    {
        var activity = new ProcessingActivity(
            "m", "Name, with \"quotes\"", Groupus.Contracts.Privacy.ProcessingRole.Controller, ["a"], [Groupus.Domain.Common.PersonalDataCategory.Contact],
            ["line one\nline two"], [], new Retention("r", TimeSpan.FromDays(30)), [], []);
        var records = new RecordsOfProcessing(DateTime.UtcNow, [new ProcessingRecord(activity, [new CategoryFields(Groupus.Domain.Common.PersonalDataCategory.Contact, ["t.c"])])], []);

        var csv = RecordsOfProcessingCsv.Write(records);

        Assert.Contains("m,\"Name, with \"\"quotes\"\"\",Controller,a,Contact,t.c,\"line one\nline two\",not stated in the notice,r,30,,\r\n", csv, StringComparison.Ordinal);
    }
}
