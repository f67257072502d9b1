using Groupus.Fax.Modems.Class1;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>Host-side HDLC for ECM over +FTM/+FRM.</summary>
public sealed class HdlcFramingTests
{
    [Fact]
    public void Frames_full_of_ones_and_flag_patterns_survive_framing_and_deframing()
    {
        byte[][] frames =
        [
            FrameCheckSequence.Append([0xFF, 0x03, 0x06, 0x00, 0xFF, 0xFF, 0x7E, 0x7E, 0x3F, 0xFC]),
            FrameCheckSequence.Append([0xFF, 0x03, 0x86]),
            FrameCheckSequence.Append([.. Enumerable.Range(0, 256).Select(i => (byte)i)]),
        ];
        var deframer = new HdlcDeframer();

        deframer.Push(HdlcFramer.Frame(frames, openingFlags: 10, closingFlags: 3));

        Assert.Equal(frames, deframer.Frames);
        Assert.Equal(0, deframer.CorruptFrames);
    }

    [Fact]
    public void No_six_ones_in_a_row_appear_inside_a_framed_burst_except_in_flags()
    {
        var framed = HdlcFramer.Frame([FrameCheckSequence.Append(Enumerable.Repeat((byte)0xFF, 64).ToArray())], 1, 1);
        var bits = framed.SelectMany(o => Enumerable.Range(0, 8).Select(b => (o >> b) & 1)).ToArray();
        var body = string.Concat(bits[8..^16]);

        Assert.DoesNotContain("111111", body);
    }

    [Fact]
    public void A_frame_split_across_reads_at_any_point_is_still_found()
    {
        var frame = FrameCheckSequence.Append([0xFF, 0x03, 0x06, 0x01, 0x10, 0x10, 0x7E]);
        var framed = HdlcFramer.Frame([frame], 4, 2);
        for (var split = 0; split <= framed.Length; split++)
        {
            var deframer = new HdlcDeframer();
            deframer.Push(framed.AsSpan(0, split));
            deframer.Push(framed.AsSpan(split));
            Assert.Equal([frame], deframer.Frames);
        }
    }

    [Fact]
    public void A_frame_with_a_damaged_bit_is_counted_corrupt_and_its_neighbours_are_kept()
    {
        byte[][] frames =
        [
            FrameCheckSequence.Append([0xFF, 0x03, 0x06, 0x00, 0x12]),
            FrameCheckSequence.Append([0xFF, 0x03, 0x06, 0x01, .. new byte[100]]),
            FrameCheckSequence.Append([0xFF, 0x13, 0x86]),
        ];
        var framed = HdlcFramer.Frame(frames, 4, 2);
        framed[4 + 9 + 50] ^= 0x04; // well inside the second frame
        var deframer = new HdlcDeframer();

        deframer.Push(framed);

        Assert.Equal([frames[0], frames[2]], deframer.Frames);
        Assert.Equal(1, deframer.CorruptFrames);
    }
}
