using Groupus.Application.Identity.Passwords;

namespace Groupus.UnitTests.Accounts;

public sealed class UsernameDerivedPasswordsTests
{
    [Theory]
    [InlineData("priya.shah", "priya.shah")]
    [InlineData("priya.shah", "PRIYA.SHAH")]
    [InlineData("priya.shah", "priyashah2024")]
    [InlineData("priya.shah", "2024!Priya-Shah!")]
    [InlineData("priya.shah", "hahsayirp")]
    [InlineData("priya.shah", "the priyashah account")]
    [InlineData("bob", "bob1987bob1987")]
    [InlineData("bob", "BOB-2024-BOB-2024")]
    [InlineData("bob", "bob2024bob!!")]
    public void Passwords_made_from_the_username_are_recognised(string username, string password) =>
        Assert.True(UsernameDerivedPasswords.IsDerivedFrom(password, username));

    [Theory]
    [InlineData("priya.shah", "correct horse battery staple")]
    [InlineData("bob", "a bobsleigh ride at dawn")]
    [InlineData("al", "algebra homework 2024")]
    [InlineData("admin", "initial password 123")]
    public void Other_passwords_are_not(string username, string password) =>
        Assert.False(UsernameDerivedPasswords.IsDerivedFrom(password, username));
}
