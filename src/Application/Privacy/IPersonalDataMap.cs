namespace Groupus.Application.Privacy;

/// <summary>The data map: every persisted field of every module that its declaration classifies as personal.</summary>
public interface IPersonalDataMap
{
    IReadOnlyList<PersonalDataField> PersonalFields();
}
