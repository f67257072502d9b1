using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

public sealed class GetRecordsOfProcessingHandler(
    IEnumerable<IPersonalDataRegistration> registrations,
    IPersonalDataMap map,
    IPrivacyAudit audit,
    TimeProvider clock) : IQueryHandler<GetRecordsOfProcessingQuery, Result<RecordsOfProcessingReport>>
{
    public async ValueTask<Result<RecordsOfProcessingReport>> Handle(GetRecordsOfProcessingQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fields = map.PersonalFields();
        var records = RecordsOfProcessingBuilder.Build(now, registrations, fields);
        var json = RecordsOfProcessingJson.Write(records);
        var jsonSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        await audit.AppendAsync(
            PrivacyAuditActions.RecordsOfProcessingGenerated,
            subjectReference: null,
            new Dictionary<string, string>
            {
                ["activities"] = records.Activities.Count.ToString(CultureInfo.InvariantCulture),
                ["fields"] = fields.Count.ToString(CultureInfo.InvariantCulture),
                ["reportSha256"] = jsonSha256,
            },
            cancellationToken);

        return new RecordsOfProcessingReport(now, json, RecordsOfProcessingCsv.Write(records), jsonSha256, records.Activities.Count, fields.Count);
    }
}
