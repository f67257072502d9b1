using System.Text;
using Groupus.Sdp;
using Groupus.Fax.T38.Tests.Sdp;

namespace Groupus.Fax.T38.Tests.Fuzz;

/// <summary>
/// Fuzzing with fixed seeds: the SDP parser, the T.38 attribute reader and the answerer fed damaged offers (character
/// flips, truncations, duplicated and deleted lines, huge and negative numbers) must answer or refuse with a typed
/// error, never throw, and allocate in proportion to the body.
/// </summary>
public sealed class SdpFuzzTests
{
    private const long AllocationAllowancePerParse = 256 * 1024;

    private static readonly string[] Hostile = ["99999999999999999999", "-1", "-", "", ":", "::", "=", "0", "65536", "a=", "m=", "\t", "T38FaxVersion", "t38"];

    private static readonly LocalMediaCapabilities Local = new() { Address = "198.51.100.7", AudioPort = 20000, ImagePort = 20002 };

    [Fact]
    public void Damaged_offers_are_answered_or_refused_with_a_typed_error_never_an_exception() => RunWithin(() =>
    {
        string[] valid = [SdpSamples.Crlf(SdpSamples.AudioOffer), SdpSamples.Crlf(SdpSamples.T38Offer), SdpSamples.Crlf(SdpSamples.AudioOffer + "\n" + SdpSamples.T38Offer[SdpSamples.T38Offer.IndexOf("m=", StringComparison.Ordinal)..])];
        var random = new Random(5301);
        var session = SdpSession.Create("1", Local);
        for (int i = 0; i < 10000; i++)
        {
            string text = Mutate(valid[i % valid.Length], random);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var parsed = SdpParser.Parse(text);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < AllocationAllowancePerParse + (64L * text.Length), $"{allocated} bytes allocated parsing {text.Length} characters");
            if (!parsed.IsSuccess)
            {
                Assert.NotNull(parsed.Error);
                continue;
            }

            var answer = session.Answer(parsed.Value!);
            Assert.True(answer.IsSuccess || answer.Error is not null);
            if (answer.IsSuccess)
            {
                Assert.Equal(parsed.Value!.Media.Count, answer.Value!.Description.Media.Count);
                Assert.True(SdpParser.Parse(SdpSerializer.Serialize(answer.Value.Description)).IsSuccess);
            }
        }
    });

    [Fact]
    public void Random_text_is_refused_or_parsed_without_throwing() => RunWithin(() =>
    {
        var random = new Random(5302);
        const string alphabet = "vosctma=: \r\n0123456789-/IPN4T38Faxudptlimgeio";
        for (int i = 0; i < 5000; i++)
        {
            var text = new StringBuilder(i % 7 == 0 ? "v=0\r\n" : "");
            int length = random.Next(0, 2000);
            for (int k = 0; k < length; k++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var result = SdpParser.Parse(text.ToString());
            Assert.True(result.IsSuccess || result.Error is not null);
        }
    });

    private static string Mutate(string valid, Random random)
    {
        var lines = valid.Split("\r\n").ToList();
        int damages = random.Next(1, 4);
        for (int d = 0; d < damages && lines.Count > 1; d++)
        {
            int index = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    if (lines[index].Length > 0)
                    {
                        var chars = lines[index].ToCharArray();
                        chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
                        lines[index] = new string(chars);
                    }

                    break;
                case 1:
                    lines[index] = lines[index][..random.Next(lines[index].Length + 1)];
                    break;
                case 2:
                    lines.Insert(random.Next(lines.Count + 1), lines[index]);
                    break;
                case 3:
                    lines.RemoveAt(index);
                    break;
                case 4:
                    {
                        int colon = lines[index].LastIndexOfAny([':', ' ']);
                        lines[index] = (colon < 0 ? lines[index] : lines[index][..(colon + 1)]) + Hostile[random.Next(Hostile.Length)];
                        break;
                    }

                default:
                    string text = string.Join("\r\n", lines);
                    return text[..random.Next(text.Length + 1)];
            }
        }

        return string.Join("\r\n", lines);
    }

    private static void RunWithin(Action body)
    {
        var task = Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the fuzz loop did not finish within 60 s: the parser hangs");
        task.GetAwaiter().GetResult();
    }
}
