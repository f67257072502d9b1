using Groupus.Domain.Common;

namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>A code goes only to a contact the request named and the subject has on record.</summary>
public sealed class VerificationCodeNotOnRecordRule(bool named, bool onRecord) : IBusinessRule
{
    public string Code => named ? "CONTACT_NOT_ON_RECORD" : "CONTACT_NOT_NAMED";

    public string Message => named
        ? "That contact is not on record for the subject: a code can only go to a contact we already hold for them."
        : "The request names no contact of that kind to send a code to.";

    public bool IsBroken() => !named || !onRecord;
}
