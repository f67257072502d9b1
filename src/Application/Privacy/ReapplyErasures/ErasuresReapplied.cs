namespace Groupus.Application.Privacy.ReapplyErasures;

/// <summary>How many erased people the ledger holds, and for how many a module had data again that was erased once more.</summary>
public sealed record ErasuresReapplied(int SubjectsInLedger, int SubjectsErasedAgain);
