using System.Globalization;

namespace Market.Domain.Statements;

/// <summary>Exact decimal text of ledger amounts, never through floating point.</summary>
public static class StatementAmounts
{
    /// <summary>Micros as major units: at least two decimals, more only when there are any (<c>-4.8756</c>, <c>12.00</c>).</summary>
    public static string Major(long micros)
    {
        var sign = micros < 0 ? "-" : "";
        var abs = Int128.Abs(micros);
        var fraction = ((long)(abs % 1_000_000)).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0').PadRight(2, '0');
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 1_000_000}.{fraction}");
    }

    /// <summary>An integer in invariant culture.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An instant as ISO 8601 UTC to the tick, the statement's only time format.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
