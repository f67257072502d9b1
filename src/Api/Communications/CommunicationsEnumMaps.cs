using Groupus.Api.Grpc.Mapping;
using Mail = Groupus.Domain.Communications.Mail;
using Proto = Groupus.Api.Grpc.Communications.V1;

namespace Groupus.Api.Communications;

/// <summary>Every proto enum of the communications services and the enum it stands for, paired by hand (never by number).</summary>
internal static class CommunicationsEnumMaps
{
    public static readonly EnumMap<Proto.MailStatus, Mail.MailStatus> MailStatus = new(
        (Proto.MailStatus.Pending, Mail.MailStatus.Pending),
        (Proto.MailStatus.Sending, Mail.MailStatus.Sending),
        (Proto.MailStatus.Delivered, Mail.MailStatus.Delivered),
        (Proto.MailStatus.PartiallyDelivered, Mail.MailStatus.PartiallyDelivered),
        (Proto.MailStatus.Failed, Mail.MailStatus.Failed),
        (Proto.MailStatus.Unknown, Mail.MailStatus.Unknown));
}
