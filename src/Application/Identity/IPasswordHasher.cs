namespace Groupus.Application.Identity;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);

    /// <summary>Spends the same effort as a real check, so an unknown username takes as long as a wrong password.</summary>
    void VerifyAgainstDecoy(string password);
}
