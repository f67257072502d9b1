namespace Groupus.Application.Common.Contact;

/// <summary>Parses and normalises telephone numbers to E.164 (libphonenumber behind it).</summary>
public interface IPhoneNumbers
{
    /// <summary>National numbers are read as UK numbers unless <paramref name="defaultRegion"/> says otherwise.</summary>
    PhoneNumberCheck Normalise(string input, string defaultRegion = "GB");
}
