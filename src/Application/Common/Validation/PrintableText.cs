using System.Globalization;
using System.Text;

namespace Groupus.Application.Common.Validation;

/// <summary>
/// Text every reader sees the same way: no control characters, no invisible or direction-changing format characters
/// (U+202E turns "gpj.exe" into "exe.jpg", U+200B and U+FEFF make two equal-looking names differ), no line or
/// paragraph separators, no surrogate halves, private-use or unassigned code points (U+FFFF).
/// </summary>
public static class PrintableText
{
    public static bool IsPrintable(string value)
    {
        var text = value.AsSpan();
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !IsPrintable(rune))
            {
                return false;
            }

            text = text[consumed..];
        }

        return true;
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control
        or UnicodeCategory.Format
        or UnicodeCategory.Surrogate
        or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator);
}
