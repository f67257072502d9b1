namespace Groupus.Fax.T38;

/// <summary>
/// The <c>t30-data</c> values of T.38 Annex A <c>Type-of-msg</c>, in ASN.1 order. The first nine are the root;
/// the rest are extensions (T.38 version 1 on).
/// </summary>
public enum T30DataType
{
    V21 = 0,
    V27ter2400 = 1,
    V27ter4800 = 2,
    V29_7200 = 3,
    V29_9600 = 4,
    V17_7200 = 5,
    V17_9600 = 6,
    V17_12000 = 7,
    V17_14400 = 8,
    V8 = 9,
    V34PrimaryRate = 10,
    V34ControlChannel1200 = 11,
    V34PrimaryChannel = 12,
    V33_12000 = 13,
    V33_14400 = 14,
}
