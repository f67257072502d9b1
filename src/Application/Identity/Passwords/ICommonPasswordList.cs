namespace Groupus.Application.Identity.Passwords;

/// <summary>Passwords seen most often in breaches; none of them may be chosen.</summary>
public interface ICommonPasswordList
{
    bool Contains(string password);
}
