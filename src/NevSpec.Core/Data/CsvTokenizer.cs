using System.Text;

namespace NevSpec.Core.Data;

/// <summary>RFC 4180 record splitter that tracks the file line each record starts on.</summary>
internal sealed class CsvTokenizer
{
    internal readonly record struct Cell(string Text, bool Quoted);

    internal sealed record Record(IReadOnlyList<Cell> Cells, int Line);

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly StringBuilder _text = new();
    private int _line = 1;

    public CsvTokenizer(TextReader reader, string file)
    {
        _reader = reader;
        _file = file;
    }

    /// <summary>The next non-empty record, or null at the end of the file.</summary>
    public Record? ReadRecord()
    {
        while (true)
        {
            if (_reader.Peek() < 0) return null;
            int start = _line;
            var cells = new List<Cell>();
            bool endOfRecord;
            do endOfRecord = ReadCell(cells);
            while (!endOfRecord);
            bool emptyLine = cells.Count == 1 && !cells[0].Quoted && cells[0].Text.Length == 0;
            if (!emptyLine) return new Record(cells, start);
        }
    }

    // Reads one cell and its terminator; returns true when the terminator ended the record.
    private bool ReadCell(List<Cell> cells)
    {
        _text.Clear();
        int first = _reader.Peek();
        if (first == '"')
        {
            _reader.Read();
            int quoteLine = _line;
            while (true)
            {
                int ch = _reader.Read();
                if (ch < 0)
                    throw new DataException($"{_file}: line {quoteLine}: quoted cell is never closed", _file, null, quoteLine);
                if (ch == '"')
                {
                    if (_reader.Peek() == '"') { _reader.Read(); _text.Append('"'); continue; }
                    break;
                }
                if (ch == '\n') _line++;
                _text.Append((char)ch);
            }
            cells.Add(new Cell(_text.ToString(), true));
            int next = _reader.Read();
            if (next == ',') return false;
            if (next < 0 || IsLineEnd(next)) return true;
            throw new DataException(
                $"{_file}: line {_line}: unexpected character '{(char)next}' after a closing quote (a quote inside a quoted cell is written \"\")",
                _file, null, _line);
        }

        while (true)
        {
            int ch = _reader.Read();
            if (ch == ',') { cells.Add(new Cell(_text.ToString(), false)); return false; }
            if (ch < 0 || IsLineEnd(ch)) { cells.Add(new Cell(_text.ToString(), false)); return true; }
            _text.Append((char)ch);
        }
    }

    // Consumes a line break that starts with ch (\n, \r\n or a lone \r) and counts the line.
    private bool IsLineEnd(int ch)
    {
        if (ch == '\r')
        {
            if (_reader.Peek() == '\n') _reader.Read();
            _line++;
            return true;
        }
        if (ch == '\n') { _line++; return true; }
        return false;
    }
}
