using Groupus.Api.Grpc.Mapping;
using DomainFax = Groupus.Domain.Fax;
using Proto = Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Api.Fax;

/// <summary>Every proto enum of the fax services and the enum it stands for, paired by hand (never by number).</summary>
internal static class FaxEnumMaps
{
    public static readonly EnumMap<Proto.FaxJobState, DomainFax.FaxJobState> FaxJobState = new(
        (Proto.FaxJobState.Pending, DomainFax.FaxJobState.Pending),
        (Proto.FaxJobState.Ready, DomainFax.FaxJobState.Ready),
        (Proto.FaxJobState.Active, DomainFax.FaxJobState.Active),
        (Proto.FaxJobState.Sleeping, DomainFax.FaxJobState.Sleeping),
        (Proto.FaxJobState.Done, DomainFax.FaxJobState.Done),
        (Proto.FaxJobState.Failed, DomainFax.FaxJobState.Failed),
        (Proto.FaxJobState.Cancelled, DomainFax.FaxJobState.Cancelled));

    public static readonly EnumMap<Proto.FaxCallPhase, DomainFax.FaxCallPhase> FaxCallPhase = new(
        (Proto.FaxCallPhase.Unspecified, DomainFax.FaxCallPhase.None),
        (Proto.FaxCallPhase.Dialling, DomainFax.FaxCallPhase.Dialling),
        (Proto.FaxCallPhase.Negotiating, DomainFax.FaxCallPhase.Negotiating),
        (Proto.FaxCallPhase.Transferring, DomainFax.FaxCallPhase.Transferring),
        (Proto.FaxCallPhase.PostPage, DomainFax.FaxCallPhase.PostPage),
        (Proto.FaxCallPhase.HangingUp, DomainFax.FaxCallPhase.HangingUp));

    public static readonly EnumMap<Proto.FaxCallOutcome, DomainFax.FaxCallOutcome> FaxCallOutcome = new(
        (Proto.FaxCallOutcome.Success, DomainFax.FaxCallOutcome.Success),
        (Proto.FaxCallOutcome.Partial, DomainFax.FaxCallOutcome.Partial),
        (Proto.FaxCallOutcome.Busy, DomainFax.FaxCallOutcome.Busy),
        (Proto.FaxCallOutcome.NoAnswer, DomainFax.FaxCallOutcome.NoAnswer),
        (Proto.FaxCallOutcome.NoCarrier, DomainFax.FaxCallOutcome.NoCarrier),
        (Proto.FaxCallOutcome.NoDialTone, DomainFax.FaxCallOutcome.NoDialTone),
        (Proto.FaxCallOutcome.ProtocolFailure, DomainFax.FaxCallOutcome.ProtocolFailure),
        (Proto.FaxCallOutcome.Cancelled, DomainFax.FaxCallOutcome.Cancelled),
        (Proto.FaxCallOutcome.GatewayLost, DomainFax.FaxCallOutcome.GatewayLost),
        (Proto.FaxCallOutcome.LocalFailure, DomainFax.FaxCallOutcome.LocalFailure));
}
