namespace Groupus.Fax.T38;

/// <summary>
/// The <c>field-type</c> values of a T.38 <c>Data-Field</c> element, in ASN.1 order. The first eight are the root;
/// the last four are extensions that only the corrected ASN.1 (T.38 version 1 on) can carry.
/// </summary>
public enum T38FieldType
{
    HdlcData = 0,
    HdlcSigEnd = 1,
    HdlcFcsOk = 2,
    HdlcFcsBad = 3,
    HdlcFcsOkSigEnd = 4,
    HdlcFcsBadSigEnd = 5,
    T4NonEcmData = 6,
    T4NonEcmSigEnd = 7,
    CmMessage = 8,
    JmMessage = 9,
    CiMessage = 10,
    V34Rate = 11,
}
