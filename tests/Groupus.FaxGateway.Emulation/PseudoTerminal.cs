using System.Runtime.InteropServices;
using System.Text;

namespace Groupus.FaxGateway.Emulation;

/// <summary>
/// A Linux pseudo-terminal pair opened in-process (posix_openpt). The emulator owns the master side; a driver opens
/// <see cref="DevicePath"/> (the /dev/pts/N slave) like any serial device. The slave is also held open here so the
/// master never sees a hang-up while the driver closes and reopens the device.
/// </summary>
public sealed class PseudoTerminal : IDisposable
{
    private const int ReadWrite = 0x2;
    private const int NoControllingTerminal = 0x100;
    private const short PollIn = 0x1;
    private const short PollOut = 0x4;
    private const int Interrupted = 4;
    private const int TryAgain = 11;

    private readonly int _master;
    private readonly int _slave;
    private int _disposed;

    private PseudoTerminal(int master, int slave, string devicePath)
    {
        _master = master;
        _slave = slave;
        DevicePath = devicePath;
    }

    /// <summary>The slave device a driver opens, e.g. /dev/pts/7.</summary>
    public string DevicePath { get; }

    public static PseudoTerminal Open()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The modem emulator needs Linux pseudo-terminals.");
        }

        var master = posix_openpt(ReadWrite | NoControllingTerminal);
        if (master < 0)
        {
            throw new IOException($"posix_openpt failed (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (grantpt(master) != 0 || unlockpt(master) != 0)
            {
                throw new IOException($"grantpt/unlockpt failed (errno {Marshal.GetLastPInvokeError()}).");
            }

            var name = new byte[128];
            if (ptsname_r(master, name, (nuint)name.Length) != 0)
            {
                throw new IOException("ptsname_r failed.");
            }

            var path = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
            MakeRaw(master);
            var slave = open(path, ReadWrite | NoControllingTerminal);
            if (slave < 0)
            {
                throw new IOException($"Opening {path} failed (errno {Marshal.GetLastPInvokeError()}).");
            }

            return new PseudoTerminal(master, slave, path);
        }
        catch
        {
            _ = close(master);
            throw;
        }
    }

    /// <summary>Waits up to <paramref name="timeoutMilliseconds"/> for bytes from the driver; 0 when none came.</summary>
    public int Read(byte[] buffer, int timeoutMilliseconds)
    {
        var poll = new PollDescriptor { Descriptor = _master, Events = PollIn };
        var ready = PollOne(ref poll, timeoutMilliseconds);
        if (ready <= 0 || (poll.ReturnedEvents & PollIn) == 0)
        {
            return 0;
        }

        var count = (int)read(_master, buffer, (nuint)buffer.Length);
        return count < 0 ? 0 : count;
    }

    /// <summary>Writes all of <paramref name="data"/> towards the driver, waiting while the terminal's queue is full.</summary>
    public void Write(ReadOnlySpan<byte> data, CancellationToken cancellationToken)
    {
        var chunk = data.ToArray();
        var offset = 0;
        while (offset < chunk.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var poll = new PollDescriptor { Descriptor = _master, Events = PollOut };
            if (PollOne(ref poll, 50) <= 0)
            {
                continue;
            }

            var written = (int)write(_master, chunk.AsSpan(offset).ToArray(), (nuint)(chunk.Length - offset));
            if (written < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is Interrupted or TryAgain)
                {
                    continue;
                }

                throw new IOException($"Writing to the pseudo-terminal failed (errno {errno}).");
            }

            offset += written;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _ = close(_slave);
            _ = close(_master);
        }
    }

    private static int PollOne(ref PollDescriptor descriptor, int timeoutMilliseconds)
    {
        var set = new[] { descriptor };
        var result = poll(set, 1, timeoutMilliseconds);
        descriptor = set[0];
        return result;
    }

    private static void MakeRaw(int descriptor)
    {
        // struct termios is 60 bytes on glibc; a larger buffer keeps us clear of its exact layout.
        var termios = new byte[256];
        if (tcgetattr(descriptor, termios) == 0)
        {
            cfmakeraw(termios);
            _ = tcsetattr(descriptor, 0, termios);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_openpt(int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int grantpt(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int unlockpt(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int ptsname_r(int descriptor, byte[] buffer, nuint length);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern nint read(int descriptor, byte[] buffer, nuint count);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int descriptor, byte[] buffer, nuint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int poll([In, Out] PollDescriptor[] descriptors, nuint count, int timeoutMilliseconds);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int descriptor, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int descriptor, int optionalActions, byte[] termios);

    [DllImport("libc")]
    private static extern void cfmakeraw(byte[] termios);
}
