namespace Groupus.Api.Accounts;

/// <summary>
/// Proto enums of prospects, marketing and resellers number their values as the domain enums do, with 0 for "not given".
/// An unknown number is passed on, so the validator names the field rather than the edge guessing.
/// </summary>
public static class SameNumber
{
    public static TDomain? ToDomain<TDomain>(Enum proto)
        where TDomain : struct, Enum
    {
        var number = Convert.ToInt32(proto, System.Globalization.CultureInfo.InvariantCulture);
        return number == 0 ? null : (TDomain)Enum.ToObject(typeof(TDomain), number);
    }

    public static TProto ToProto<TProto>(Enum domain)
        where TProto : struct, Enum =>
        (TProto)Enum.ToObject(typeof(TProto), Convert.ToInt32(domain, System.Globalization.CultureInfo.InvariantCulture));
}
