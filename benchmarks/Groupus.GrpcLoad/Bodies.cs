using System.Buffers.Binary;
using System.Text;

namespace Groupus.GrpcLoad;

/// <summary>gRPC request frames (5-byte prefix + protobuf message) encoded by hand: no protobuf tooling needed.</summary>
internal static class Bodies
{
    public static byte[] Frame(RequestKind kind, string prefix, long number)
    {
        var signIn = SignIn(prefix, number);
        return Framed(kind == RequestKind.SignIn ? signIn : EchoOfSize(signIn.Length, number));
    }

    // SignInVisitorRequest: visitor_name = 2, company = 3, purpose = 4, host_username = 5, badge_number = 6.
    private static byte[] SignIn(string prefix, long number)
    {
        var message = new MemoryStream();
        Field(message, 2, Encoding.UTF8.GetBytes($"Load Visitor {number:D7}"));
        Field(message, 3, Encoding.UTF8.GetBytes("Load Company"));
        Field(message, 4, Encoding.UTF8.GetBytes("Benchmark"));
        Field(message, 5, Encoding.UTF8.GetBytes("admin"));
        Field(message, 6, Encoding.UTF8.GetBytes($"{prefix}-{number:D7}"));
        return message.ToArray();
    }

    // EchoMessage: payload = 1, sized so the whole message is as long as the sign-in's (payloads under 128 bytes).
    private static byte[] EchoOfSize(int size, long number)
    {
        var payload = new byte[size - 2];
        Encoding.ASCII.GetBytes($"{number:D7}").CopyTo(payload, 0);
        var message = new MemoryStream();
        Field(message, 1, payload);
        return message.ToArray();
    }

    private static void Field(MemoryStream message, int field, byte[] value)
    {
        message.WriteByte((byte)(field << 3 | 2));
        message.WriteByte(checked((byte)value.Length));
        message.Write(value);
    }

    private static byte[] Framed(byte[] message)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }
}
