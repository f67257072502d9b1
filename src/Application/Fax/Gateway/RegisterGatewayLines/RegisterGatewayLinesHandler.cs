using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Identity;
using Groupus.Domain.Fax;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.RegisterGatewayLines;

public sealed class RegisterGatewayLinesHandler(
    IGatewayDirectory gateways,
    IGatewayLineRepository lines,
    IFaxJobRepository jobs,
    IPhoneNumbers phones,
    ICurrentUser caller,
    IOptions<FaxOptions> options,
    TimeProvider clock) : ICommandHandler<RegisterGatewayLinesCommand, Result<GatewayRegistration>>
{
    public async ValueTask<Result<GatewayRegistration>> Handle(RegisterGatewayLinesCommand command, CancellationToken cancellationToken)
    {
        var gatewayId = caller.PrincipalId!.Value;
        if (await gateways.FindActiveNameAsync(gatewayId, cancellationToken) is null)
        {
            return GatewayErrors.Revoked;
        }

        var registered = new List<GatewayLineRegistration>();
        for (var i = 0; i < command.Lines.Count; i++)
        {
            var line = command.Lines[i];
            string? number = null;
            if (!string.IsNullOrWhiteSpace(line.Number))
            {
                var check = phones.Normalise(line.Number);
                if (!check.IsValid)
                {
                    return Error.Invalid($"lines[{i}].number", $"\"{line.Number}\" {check.Problem}");
                }

                number = check.E164;
            }

            registered.Add(line with { Number = number });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in await lines.ListAsync(gatewayId, cancellationToken))
        {
            lines.Remove(old);
        }

        foreach (var line in registered)
        {
            lines.Add(GatewayLine.Register(gatewayId, line.LineId, line.Number, now));
        }

        var held = await jobs.ListLeasedToAsync(gatewayId, cancellationToken);
        var lost = new List<HeldLease>();
        foreach (var claim in command.ActiveJobs)
        {
            var job = held.FirstOrDefault(j => j.Id == claim.JobId && j.HoldsLease(claim.LeaseId));
            if (job is null)
            {
                lost.Add(claim);
            }
            else
            {
                job.RenewLease(options.Value.LeaseDuration, now);
            }
        }

        // Register lists every job the gateway still holds. One it leaves out is not on any of its lines (a process
        // that restarted after a crash, an assignment lost with the old link): without this, the new link's
        // heartbeats would renew that lease for ever and the job would never be sent.
        foreach (var orphan in held.Where(job => !command.ActiveJobs.Any(claim => claim.JobId == job.Id)))
        {
            orphan.ExpireLease(options.Value.RetryPolicy, now);
        }

        return new GatewayRegistration(gatewayId, registered, lost);
    }
}
