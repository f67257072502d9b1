using System.Globalization;
using Groupus.Application.Communications;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Communications;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Communications.Privacy;

/// <summary>
/// Messages sent to a person at their address (verification codes for their own requests): exported, deleted on
/// erasure, together with any copy still waiting in the delivery spool. Notifications go to staff and to customer organisations about their services and are about no one.
/// </summary>
internal sealed class CommunicationsPersonalDataProvider(CommunicationsDbContext db, IMessageDelivery delivery) : IPersonalDataProvider
{
    private const string RecordType = "OutgoingMessage";
    private static readonly PersonalDataCategory[] Categories = [PersonalDataCategory.Contact, PersonalDataCategory.CommunicationsContent];

    public string Module => CommunicationsDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } = [.. Categories.Select(c => new ErasurePolicy(RecordType, c, ErasureAction.Delete))];

    public async Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var count = await MessagesOf(subject).CountAsync(cancellationToken);
        return count == 0 ? [] : [new PersonalDataHolding(Module, RecordType, count, Categories, ProcessingRole.Controller, null, [])];
    }

    public async Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var messages = await MessagesOf(subject).AsNoTracking().OrderBy(m => m.CreatedAtUtc).ToListAsync(cancellationToken);
        return new ModuleExport(Module, [.. messages.Select(Export)], []);
    }

    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken) =>
        Task.FromResult(new RectificationOutcome(Module, [], 0, [.. corrections.Keys]));

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        // The spool first: a crash in between leaves the rows, so the re-run finds the messages again.
        foreach (var id in await MessagesOf(subject).Select(m => m.Id).ToListAsync(cancellationToken))
        {
            await delivery.WithdrawAsync(id, cancellationToken);
        }

        var deleted = await MessagesOf(subject).ExecuteDeleteAsync(cancellationToken);
        return [.. ErasurePolicies.Select(p => new ErasureOutcome(Module, p.RecordType, p.Category, p.Action, deleted, p.LegalObligation))];
    }

    private IQueryable<OutgoingMessage> MessagesOf(SubjectLookup subject) => db.OutgoingMessages.Where(m => m.DataSubjectId == subject.SubjectId);

    private static ExportedRecord Export(OutgoingMessage message) => new(RecordType, message.Id.ToString("D"), new Dictionary<string, string?>
    {
        [nameof(OutgoingMessage.Channel)] = message.Channel.ToString(),
        [nameof(OutgoingMessage.RecipientAddress)] = message.RecipientAddress,
        [nameof(OutgoingMessage.Subject)] = message.Subject,
        [nameof(OutgoingMessage.Body)] = message.Body ?? "(a one-time code, not kept)",
        [nameof(OutgoingMessage.DeliveryStatus)] = message.DeliveryStatus.ToString(),
        [nameof(OutgoingMessage.CreatedAtUtc)] = message.CreatedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    });
}
