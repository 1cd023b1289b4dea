using System.Text;

namespace Market.Web.Tests.Statements;

/// <summary>A plain RFC 4180 reader written from the RFC, independent of the writer under test: the first record is the header.</summary>
public static class Rfc4180
{
    /// <summary>The records after the header, each as a map from column name to field.</summary>
    public static List<Dictionary<string, string>> Read(string text)
    {
        var records = Records(text);
        var header = records[0];
        foreach (var record in records.Skip(1)) record.Count.ShouldBe(header.Count, "every record has the header's field count");
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                // Quoted field: "" is a quote; anything else, commas and line breaks included, is content.
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    if (text[i] == '"') i++;
                }

                i++;
                continue;
            }

            if (text[i] == ',') { record.Add(field.ToString()); field.Clear(); i++; continue; }
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
                continue;
            }

            field.Append(text[i++]);
        }

        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}
