using Microsoft.VisualBasic.FileIO;

namespace Market.Web.Tests.Statements;

/// <summary>
/// Reads CSV with .NET's own parser (<see cref="TextFieldParser"/>, quoted fields with commas, quotes and
/// line breaks), not with code written next to the writer under test: the first record is the header.
/// </summary>
public static class StandardCsv
{
    /// <summary>The records after the header, each as a map from column name to field.</summary>
    public static List<Dictionary<string, string>> Read(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text))
        {
            TextFieldType = FieldType.Delimited,
            Delimiters = [","],
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        var header = parser.ReadFields() ?? throw new InvalidOperationException("The CSV has no header.");
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            fields.Length.ShouldBe(header.Length, "every record has the header's field count");
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }
}
