namespace Groupus.Application.Common.Contact;

/// <summary>
/// Parses and normalises telephone numbers to E.164 (libphonenumber behind it). A number written with an extension
/// ("020 7946 0123 ext. 45", "x45", ";ext=45") is refused rather than stored without it: E.164 has no extension, and
/// neither a fax call nor an emergency registration can dial one.
/// </summary>
public interface IPhoneNumbers
{
    /// <summary>National numbers are read as UK numbers unless <paramref name="defaultRegion"/> says otherwise.</summary>
    PhoneNumberCheck Normalise(string input, string defaultRegion = "GB");
}
