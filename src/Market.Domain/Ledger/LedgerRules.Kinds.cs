using Market.Domain.Royalties;

namespace Market.Domain.Ledger;

public static partial class LedgerRules
{
    private static void AddKindProblems(LedgerTransaction transaction, List<string> problems)
    {
        var reverses = transaction.Kind is LedgerTransactionKind.Refund or LedgerTransactionKind.Reversal;
        if (reverses && (transaction.Reverses is null || transaction.ReversalNumber is not > 0))
        {
            problems.Add($"a {transaction.Kind} names the transaction it reverses and its reversal number");
        }
        else if (!reverses && (transaction.Reverses is not null || transaction.ReversalNumber is not null))
        {
            problems.Add($"a {transaction.Kind} reverses nothing");
        }

        switch (transaction.Kind)
        {
            case LedgerTransactionKind.Sale:
                AddSaleProblems(transaction, problems);
                break;
            case LedgerTransactionKind.Refund when transaction.RefundMinor is not > 0:
                problems.Add("a refund returns a positive amount to the buyer");
                break;
            case LedgerTransactionKind.Reversal or LedgerTransactionKind.Refund:
                break;
            case LedgerTransactionKind.PoolSettlement or LedgerTransactionKind.HoldsMatured
                or LedgerTransactionKind.PayoutReserved or LedgerTransactionKind.PayoutReleased or LedgerTransactionKind.PayoutPaid
                or LedgerTransactionKind.ReceivableNetted:
                AddPartsAreCredits(transaction, problems);
                break;
            default:
                problems.Add($"its kind ({transaction.Kind}) is unknown");
                break;
        }

        if (reverses)
        {
            AddUnlinkedParts(transaction, problems);
        }
    }

    // DESIGN 2.3: a sale's parts sum exactly to its net and no part is negative.
    private static void AddSaleProblems(LedgerTransaction sale, List<string> problems)
    {
        if (sale.Sale is not { } amounts)
        {
            problems.Add("a sale carries its price, fee and net");
            return;
        }

        if (amounts.FeeMinor < 0 || amounts.FeeMinor > amounts.PriceMinor
            || (Int128)(amounts.PriceMinor - amounts.FeeMinor) * amounts.MicrosPerMinor != amounts.NetMicros)
        {
            problems.Add($"its net ({amounts.NetMicros}) is not its price ({amounts.PriceMinor}) less its fee ({amounts.FeeMinor})");
        }

        AddPartsAreCredits(sale, problems);
        Int128 parts = 0, commission = 0;
        for (var i = 0; i < sale.Postings.Count; i++)
        {
            var posting = sale.Postings[i];
            if (posting.IsPart)
            {
                parts -= posting.AmountMicros;
                commission -= posting.Role == RoyaltyRole.Platform ? posting.AmountMicros : 0;
            }
            else if (posting.Account != LedgerAccount.PlatformCash)
            {
                problems.Add($"posting {i} ({posting.Account}) is neither a part nor the platform's cash");
            }
        }

        if (parts != amounts.NetMicros)
        {
            problems.Add($"its parts sum to {parts} micros, not its net ({amounts.NetMicros})");
        }

        if (commission != amounts.PlatformMicros)
        {
            problems.Add($"its commission parts sum to {commission} micros, not its commission ({amounts.PlatformMicros})");
        }
    }

    private static void AddPartsAreCredits(LedgerTransaction transaction, List<string> problems)
    {
        for (var i = 0; i < transaction.Postings.Count; i++)
        {
            var posting = transaction.Postings[i];
            if (posting.IsPart && posting.AmountMicros > 0)
            {
                problems.Add($"part {i} ({posting.Account}) is negative ({-posting.AmountMicros} micros)");
            }

            if (posting.Role is { } role && !PartAccountFits(role, posting.Account))
            {
                problems.Add($"part {i} is a {role} part but is posted to {posting.Account}");
            }
        }
    }

    private static bool PartAccountFits(RoyaltyRole role, LedgerAccount account) => role switch
    {
        RoyaltyRole.Platform => account == LedgerAccount.PlatformRevenue,
        RoyaltyRole.PoolFloor => account.Kind == LedgerAccountKind.PoolFloor,
        _ => account.Party is not null,
    };

    private static void AddUnlinkedParts(LedgerTransaction reversal, List<string> problems)
    {
        for (var i = 0; i < reversal.Postings.Count; i++)
        {
            var posting = reversal.Postings[i];
            if ((posting.IsPart || reversal.Kind == LedgerTransactionKind.Reversal) && posting.Reverses is not >= 0)
            {
                problems.Add($"posting {i} ({posting.Account}) does not say which posting of the original it reverses");
            }
        }
    }
}
