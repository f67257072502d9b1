namespace Groupus.Fax.T38;

/// <summary>
/// Encodes and decodes IFP packets as T.38 Annex A specifies them (X.691 aligned PER):
/// <code>
/// IFPPacket   ::= SEQUENCE { type-of-msg Type-of-msg, data-field Data-Field OPTIONAL }
/// Type-of-msg ::= CHOICE { t30-indicator ENUMERATED {16 root values, ..., 7 more},
///                          t30-data      ENUMERATED {9 root values, ..., 6 more} }
/// Data-Field  ::= SEQUENCE OF SEQUENCE { field-type ENUMERATED {8 root values, ..., 4 more},
///                                        field-data OCTET STRING (SIZE(1..65535)) OPTIONAL }
/// </code>
/// Version 0 follows the original ASN.1, whose field-type enumeration has no extension marker (so no extension bit).
/// </summary>
public static class IfpCodec
{
    /// <summary>More fields than any real IFP carries; a larger count on the wire is refused before anything is allocated.</summary>
    public const int MaximumFields = 64;

    private const int IndicatorRootCount = 16;
    private const int DataRootCount = 9;
    private const int FieldTypeRootCount = 8;

    public static byte[] Encode(IfpPacket packet, int version)
    {
        T38Version.Validate(version);
        var writer = new PerWriter();
        switch (packet)
        {
            case IfpIndicator indicator:
                RequireInVersion((int)indicator.Indicator, IndicatorRootCount, version, indicator.Indicator.ToString());
                writer.WriteBit(false); // data-field absent
                writer.WriteBit(false); // choice: t30-indicator
                writer.WriteExtensibleEnumerated((int)indicator.Indicator, IndicatorRootCount);
                break;
            case IfpData data:
                RequireInVersion((int)data.DataType, DataRootCount, version, data.DataType.ToString());
                writer.WriteBit(data.Fields.Count > 0);
                writer.WriteBit(true); // choice: t30-data
                writer.WriteExtensibleEnumerated((int)data.DataType, DataRootCount);
                if (data.Fields.Count > 0)
                {
                    WriteFields(writer, data.Fields, version);
                }

                break;
            default:
                throw new ArgumentException($"Unknown IFP packet {packet.GetType().Name}.", nameof(packet));
        }

        return writer.ToArray();
    }

    /// <summary>
    /// Decodes one IFP. <paramref name="allowZeroPadding"/> accepts trailing zero octets, which an IFP rebuilt from
    /// parity FEC carries (it is as long as the longest packet it was XORed with).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> octets, int version, out IfpPacket? packet, out T38DecodeError? error, bool allowZeroPadding = false)
    {
        T38Version.Validate(version);
        packet = null;
        var reader = new PerReader(octets);
        if (!reader.TryReadBit(out bool hasDataField) || !reader.TryReadBit(out bool isData))
        {
            error = Truncated("type-of-msg");
            return false;
        }

        if (!isData)
        {
            if (!reader.TryReadExtensibleEnumerated(IndicatorRootCount, out int indicator))
            {
                error = reader.OctetsRemaining <= 0 ? Truncated("t30-indicator") : new T38DecodeError(T38DecodeErrorKind.UnknownType, "t30-indicator");
                return false;
            }

            if (indicator > (int)T30IndicatorType.V33_14400Training || hasDataField)
            {
                error = new T38DecodeError(T38DecodeErrorKind.UnknownType, hasDataField ? "an indicator with a data field" : $"t30-indicator {indicator}");
                return false;
            }

            packet = new IfpIndicator((T30IndicatorType)indicator);
        }
        else
        {
            if (!reader.TryReadExtensibleEnumerated(DataRootCount, out int dataType) || dataType > (int)T30DataType.V33_14400)
            {
                error = new T38DecodeError(T38DecodeErrorKind.UnknownType, "t30-data");
                return false;
            }

            IReadOnlyList<IfpField> fields = [];
            if (hasDataField && !TryReadFields(ref reader, version, out fields, out error))
            {
                return false;
            }

            packet = new IfpData((T30DataType)dataType, fields);
        }

        int consumed = reader.OctetsConsumed;
        if (consumed < octets.Length && !(allowZeroPadding && octets[consumed..].IndexOfAnyExcept((byte)0) < 0))
        {
            packet = null;
            error = new T38DecodeError(T38DecodeErrorKind.TrailingData, $"{octets.Length - consumed} octets after the IFP");
            return false;
        }

        error = null;
        return true;
    }

    private static void WriteFields(PerWriter writer, IReadOnlyList<IfpField> fields, int version)
    {
        if (fields.Count > MaximumFields)
        {
            throw new ArgumentException($"At most {MaximumFields} fields per IFP.", nameof(fields));
        }

        writer.WriteLength(fields.Count);
        foreach (var field in fields)
        {
            if (field.Data.Length > IfpField.MaximumDataLength)
            {
                throw new ArgumentException($"Field data of {field.Data.Length} octets exceeds {IfpField.MaximumDataLength}.", nameof(fields));
            }

            writer.WriteBit(!field.Data.IsEmpty);
            if (T38Version.HasExtensibleFieldType(version))
            {
                writer.WriteExtensibleEnumerated((int)field.Type, FieldTypeRootCount);
            }
            else
            {
                RequireInVersion((int)field.Type, FieldTypeRootCount, version, field.Type.ToString());
                writer.WriteBits((int)field.Type, 3);
            }

            if (!field.Data.IsEmpty)
            {
                // SIZE(1..65535): the length is a constrained whole number (length - 1) in two aligned octets.
                writer.Align();
                writer.WriteBits(field.Data.Length - 1, 16);
                writer.WriteOctets(field.Data.Span);
            }
        }
    }

    private static bool TryReadFields(ref PerReader reader, int version, out IReadOnlyList<IfpField> fields, out T38DecodeError? error)
    {
        fields = [];
        if (!reader.TryReadLength(out int count))
        {
            error = Truncated("data-field count");
            return false;
        }

        if (count is 0 or > MaximumFields)
        {
            error = new T38DecodeError(T38DecodeErrorKind.LengthOutOfRange, $"{count} data fields");
            return false;
        }

        var list = new List<IfpField>(count);
        for (int i = 0; i < count; i++)
        {
            if (!reader.TryReadBit(out bool hasData))
            {
                error = Truncated("field");
                return false;
            }

            int type;
            bool typeRead = T38Version.HasExtensibleFieldType(version)
                ? reader.TryReadExtensibleEnumerated(FieldTypeRootCount, out type)
                : reader.TryReadBits(3, out type);
            if (!typeRead || type > (int)T38FieldType.V34Rate)
            {
                error = reader.OctetsRemaining <= 0 ? Truncated("field-type") : new T38DecodeError(T38DecodeErrorKind.UnknownType, "field-type");
                return false;
            }

            var data = ReadOnlyMemory<byte>.Empty;
            if (hasData)
            {
                reader.Align();
                if (!reader.TryReadBits(16, out int lengthMinusOne) || !reader.TryReadOctets(lengthMinusOne + 1, out var octets))
                {
                    error = Truncated("field-data");
                    return false;
                }

                data = octets.ToArray();
            }

            list.Add(new IfpField((T38FieldType)type, data));
        }

        fields = list;
        error = null;
        return true;
    }

    private static void RequireInVersion(int value, int rootCount, int version, string name)
    {
        if (version == 0 && value >= rootCount)
        {
            throw new ArgumentException($"{name} is an extension value; T.38 version 0 cannot carry it.");
        }
    }

    private static T38DecodeError Truncated(string what) => new(T38DecodeErrorKind.Truncated, $"the packet ends inside {what}");
}
