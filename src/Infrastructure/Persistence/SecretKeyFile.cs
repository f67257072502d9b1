using System.Security.Cryptography;

namespace Groupus.Infrastructure.Persistence;

/// <summary>A random secret key kept base64 in an owner-only file under the data directory, created on first use.</summary>
internal static class SecretKeyFile
{
    public static byte[] LoadOrCreate(string directory, string fileName, int keyBytes)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            DataDirectory.EnsureExists(directory);
            try
            {
                OwnerOnlyFile.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(keyBytes)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another server node sharing the data directory created it first: use theirs.
            }
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length == keyBytes ? key : throw new InvalidOperationException($"{path} does not hold a {keyBytes}-byte key.");
    }
}
