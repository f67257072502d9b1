namespace Groupus.Fax.Imaging;

/// <summary>The code words of T.4 tables 1/T.4 to 4/T.4 (run lengths, 2D modes, EOL) and the lookup tables to decode them.</summary>
internal static class T4CodeTables
{
    /// <summary>EOL: eleven 0s then a 1.</summary>
    public const uint Eol = 0b0000_0000_0001;
    public const int EolLength = 12;

    /// <summary>Pass mode code 0001.</summary>
    public const uint Pass = 0b0001;
    public const int PassLength = 4;

    /// <summary>Horizontal mode code 001.</summary>
    public const uint Horizontal = 0b001;
    public const int HorizontalLength = 3;

    /// <summary>Longest code word that a run-length lookup has to see (black make-up codes).</summary>
    public const int WhiteLookupBits = 12;
    public const int BlackLookupBits = 13;
    public const int ModeLookupBits = 7;

    // Mode lookup results; vertical modes are stored as VerticalBase + (a1 - b1).
    public const int ModeInvalid = 0;
    public const int ModePass = 1;
    public const int ModeHorizontal = 2;
    public const int ModeVerticalBase = 10; // V0 = 10, VR1 = 11, VL1 = 9, ...

    // (code, bit length) of terminating codes for runs 0..63.
    private static readonly (ushort Code, byte Length)[] WhiteTerminating =
    [
        (0x35, 8), (0x07, 6), (0x07, 4), (0x08, 4), (0x0B, 4), (0x0C, 4), (0x0E, 4), (0x0F, 4),
        (0x13, 5), (0x14, 5), (0x07, 5), (0x08, 5), (0x08, 6), (0x03, 6), (0x34, 6), (0x35, 6),
        (0x2A, 6), (0x2B, 6), (0x27, 7), (0x0C, 7), (0x08, 7), (0x17, 7), (0x03, 7), (0x04, 7),
        (0x28, 7), (0x2B, 7), (0x13, 7), (0x24, 7), (0x18, 7), (0x02, 8), (0x03, 8), (0x1A, 8),
        (0x1B, 8), (0x12, 8), (0x13, 8), (0x14, 8), (0x15, 8), (0x16, 8), (0x17, 8), (0x28, 8),
        (0x29, 8), (0x2A, 8), (0x2B, 8), (0x2C, 8), (0x2D, 8), (0x04, 8), (0x05, 8), (0x0A, 8),
        (0x0B, 8), (0x52, 8), (0x53, 8), (0x54, 8), (0x55, 8), (0x24, 8), (0x25, 8), (0x58, 8),
        (0x59, 8), (0x5A, 8), (0x5B, 8), (0x4A, 8), (0x4B, 8), (0x32, 8), (0x33, 8), (0x34, 8),
    ];

    private static readonly (ushort Code, byte Length)[] BlackTerminating =
    [
        (0x37, 10), (0x02, 3), (0x03, 2), (0x02, 2), (0x03, 3), (0x03, 4), (0x02, 4), (0x03, 5),
        (0x05, 6), (0x04, 6), (0x04, 7), (0x05, 7), (0x07, 7), (0x04, 8), (0x07, 8), (0x18, 9),
        (0x17, 10), (0x18, 10), (0x08, 10), (0x67, 11), (0x68, 11), (0x6C, 11), (0x37, 11), (0x28, 11),
        (0x17, 11), (0x18, 11), (0xCA, 12), (0xCB, 12), (0xCC, 12), (0xCD, 12), (0x68, 12), (0x69, 12),
        (0x6A, 12), (0x6B, 12), (0xD2, 12), (0xD3, 12), (0xD4, 12), (0xD5, 12), (0xD6, 12), (0xD7, 12),
        (0x6C, 12), (0x6D, 12), (0xDA, 12), (0xDB, 12), (0x54, 12), (0x55, 12), (0x56, 12), (0x57, 12),
        (0x64, 12), (0x65, 12), (0x52, 12), (0x53, 12), (0x24, 12), (0x37, 12), (0x38, 12), (0x27, 12),
        (0x28, 12), (0x58, 12), (0x59, 12), (0x2B, 12), (0x2C, 12), (0x5A, 12), (0x66, 12), (0x67, 12),
    ];

    // Make-up codes for runs 64, 128, ..., 1728 (index run / 64 - 1).
    private static readonly (ushort Code, byte Length)[] WhiteMakeUp =
    [
        (0x1B, 5), (0x12, 5), (0x17, 6), (0x37, 7), (0x36, 8), (0x37, 8), (0x64, 8), (0x65, 8),
        (0x68, 8), (0x67, 8), (0xCC, 9), (0xCD, 9), (0xD2, 9), (0xD3, 9), (0xD4, 9), (0xD5, 9),
        (0xD6, 9), (0xD7, 9), (0xD8, 9), (0xD9, 9), (0xDA, 9), (0xDB, 9), (0x98, 9), (0x99, 9),
        (0x9A, 9), (0x18, 6), (0x9B, 9),
    ];

    private static readonly (ushort Code, byte Length)[] BlackMakeUp =
    [
        (0x0F, 10), (0xC8, 12), (0xC9, 12), (0x5B, 12), (0x33, 12), (0x34, 12), (0x35, 12), (0x6C, 13),
        (0x6D, 13), (0x4A, 13), (0x4B, 13), (0x4C, 13), (0x4D, 13), (0x72, 13), (0x73, 13), (0x74, 13),
        (0x75, 13), (0x76, 13), (0x77, 13), (0x52, 13), (0x53, 13), (0x54, 13), (0x55, 13), (0x5A, 13),
        (0x5B, 13), (0x64, 13), (0x65, 13),
    ];

    // Extended make-up codes shared by both colours, runs 1792, 1856, ..., 2560 (index (run - 1792) / 64).
    private static readonly (ushort Code, byte Length)[] ExtendedMakeUp =
    [
        (0x08, 11), (0x0C, 11), (0x0D, 11), (0x12, 12), (0x13, 12), (0x14, 12), (0x15, 12),
        (0x16, 12), (0x17, 12), (0x1C, 12), (0x1D, 12), (0x1E, 12), (0x1F, 12),
    ];

    // Vertical mode codes indexed by (a1 - b1) + 3: VL3, VL2, VL1, V0, VR1, VR2, VR3.
    private static readonly (ushort Code, byte Length)[] VerticalCodes =
    [
        (0x02, 7), (0x02, 6), (0x02, 3), (0x01, 1), (0x03, 3), (0x03, 6), (0x03, 7),
    ];

    /// <summary>Decode table for white runs indexed by the next 12 bits: (run &lt;&lt; 4) | length, 0 when no code matches.</summary>
    public static readonly int[] WhiteDecode = BuildRunDecodeTable(WhiteTerminating, WhiteMakeUp, WhiteLookupBits);

    /// <summary>Decode table for black runs indexed by the next 13 bits.</summary>
    public static readonly int[] BlackDecode = BuildRunDecodeTable(BlackTerminating, BlackMakeUp, BlackLookupBits);

    /// <summary>Decode table for 2D mode codes indexed by the next 7 bits: (mode &lt;&lt; 4) | length.</summary>
    public static readonly int[] ModeDecode = BuildModeDecodeTable();

    public static (ushort Code, byte Length) Terminating(bool white, int run) =>
        white ? WhiteTerminating[run] : BlackTerminating[run];

    /// <summary>Make-up code for a multiple of 64 between 64 and 2560.</summary>
    public static (ushort Code, byte Length) MakeUp(bool white, int run) =>
        run <= 1728
            ? (white ? WhiteMakeUp : BlackMakeUp)[(run >> 6) - 1]
            : ExtendedMakeUp[(run - 1792) >> 6];

    /// <summary>Vertical mode code for a1 - b1 in -3..3.</summary>
    public static (ushort Code, byte Length) Vertical(int delta) => VerticalCodes[delta + 3];

    private static int[] BuildRunDecodeTable(
        (ushort Code, byte Length)[] terminating, (ushort Code, byte Length)[] makeUp, int lookupBits)
    {
        var table = new int[1 << lookupBits];
        for (int run = 0; run < terminating.Length; run++)
        {
            Add(table, lookupBits, terminating[run], run);
        }

        for (int i = 0; i < makeUp.Length; i++)
        {
            Add(table, lookupBits, makeUp[i], (i + 1) * 64);
        }

        for (int i = 0; i < ExtendedMakeUp.Length; i++)
        {
            Add(table, lookupBits, ExtendedMakeUp[i], 1792 + (i * 64));
        }

        return table;
    }

    private static int[] BuildModeDecodeTable()
    {
        var table = new int[1 << ModeLookupBits];
        Add(table, ModeLookupBits, ((ushort)Pass, (byte)PassLength), ModePass);
        Add(table, ModeLookupBits, ((ushort)Horizontal, (byte)HorizontalLength), ModeHorizontal);
        for (int delta = -3; delta <= 3; delta++)
        {
            Add(table, ModeLookupBits, Vertical(delta), ModeVerticalBase + delta);
        }

        return table;
    }

    private static void Add(int[] table, int lookupBits, (ushort Code, byte Length) code, int value)
    {
        int shift = lookupBits - code.Length;
        int first = code.Code << shift;
        int entry = (value << 4) | code.Length;
        for (int i = 0; i < (1 << shift); i++)
        {
            if (table[first + i] != 0)
            {
                throw new InvalidOperationException("Overlapping code words in T.4 table.");
            }

            table[first + i] = entry;
        }
    }
}
