using NtSec.AccessControl.Sddl;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// Reads the SDDL of a conditional expression (MS-DTYP 2.5.1.1 cond-expr, precedence 2.5.1.3)
/// into a tree, as Windows' parser accepts it. It is an operator-precedence parser without
/// recursion, driven by what may come next after each token. Those rules are fitted to the
/// Windows vectors (conditional_aces*.txt and the Windows bytes in *.json):
/// <list type="bullet">
/// <item>An expression starts with an attribute, '(', '!' or a word operator (Member_of..., Exists).
/// A bare word there is a local attribute, even one made of digits ("(7777)", "(a == 1)").</item>
/// <item>The right side of ==, !=, &lt;, &lt;=, &gt;, &gt;= is a literal, a parenthesised literal or an
/// @-attribute; of Contains/Any_of and their negations a literal or an @-attribute. A local
/// attribute there is an error ("(a == a)" fails).</item>
/// <item>Member_of and its variants take a literal, a composite or a single SID, optionally in
/// parentheses, any number of them ("member_of((sid(s-1-1-0)))"); the literal is not
/// type-checked ("Member_of {1, 2, 3}" is kept).</item>
/// <item>'!' must be followed by '(' or an @-attribute ("(! Member_of{...})" and "!!" fail).</item>
/// <item>Word operators, "SID(" and attribute prefixes match in any case; a word operator needs a
/// separator ("Member_of_AnySID(...)" fails).</item>
/// </list>
/// </summary>
internal sealed class ConditionalSddlReader
{
    private readonly string _text;
    private readonly SddlContext _context;
    private readonly List<ConditionalExpression> _operands = [];
    private readonly List<Pending> _operators = [];
    private int _pos;
    private ParseError _error;

    private ConditionalSddlReader(string text, int start, SddlContext context)
    {
        _text = text;
        _pos = start;
        _context = context;
    }

    [Flags]
    private enum Expect
    {
        None = 0,
        UnaryOperator = 1,
        BinaryOperator = 2,
        LogicalOperator = 4,
        LocalAttribute = 8,
        PrefixedAttribute = 16,
        Literal = 32,
        OpenParen = 64,
        ParenthesisedLiteral = 128,
        CloseParen = 256,

        Start = UnaryOperator | LocalAttribute | PrefixedAttribute | OpenParen,
        AfterAttribute = BinaryOperator | LogicalOperator | CloseParen,
        AfterLiteral = LogicalOperator | CloseParen,
        AfterGroup = LogicalOperator | BinaryOperator | CloseParen,
    }

    /// <summary>Reads the parenthesised expression that starts at <paramref name="start"/>.</summary>
    public static bool TryRead(string text, int start, SddlContext context, [NotNullWhen(true)] out ConditionalExpression? expression, out int end, out ParseError error)
    {
        var reader = new ConditionalSddlReader(text, start, context);
        if (reader.Run())
        {
            expression = reader._operands[0];
            end = reader._pos;
            error = default;
            return true;
        }

        expression = null;
        end = start;
        error = reader._error;
        return false;
    }

    private bool Run()
    {
        if (_pos >= _text.Length || _text[_pos] != '(')
        {
            return Fail(_pos, "expected '(' to start the condition");
        }

        OpenGroup();
        var expect = Expect.Start;
        while (true)
        {
            _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos);
            if (_pos >= _text.Length)
            {
                int open = _operators.FindLast(p => p.IsGroup).Position;
                return Fail(_pos, $"input ends before the ')' that closes the '(' at {open}");
            }

            char c = _text[_pos];
            bool ok;
            switch (c)
            {
                case '(' when (expect & Expect.ParenthesisedLiteral) != 0:
                    ok = ReadParenthesisedLiteral();
                    expect = Expect.AfterLiteral;
                    break;
                case '(' when (expect & Expect.OpenParen) != 0:
                    OpenGroup();
                    ok = true;
                    expect = Expect.Start;
                    break;
                case ')' when (expect & Expect.CloseParen) != 0:
                    if (!CloseGroup())
                    {
                        return false;
                    }

                    if (_operators.Count == 0)
                    {
                        return true;
                    }

                    ok = true;
                    expect = Expect.AfterGroup;
                    break;
                case '@' when (expect & Expect.PrefixedAttribute) != 0:
                    ok = ReadPrefixedAttribute();
                    expect = Expect.AfterAttribute;
                    break;
                case '!' or '=' or '<' or '>' or '&' or '|':
                    ok = ReadSymbolOperator(ref expect);
                    break;
                case '"' or '#' or '{' or '+' or '-' when (expect & Expect.Literal) != 0:
                    ok = ReadLiteral(allowComposite: true);
                    expect = Expect.AfterLiteral;
                    break;
                default:
                    if (ConditionalSddlSyntax.IsSimpleNameChar(c))
                    {
                        ok = ReadWord(ref expect);
                    }
                    else
                    {
                        ok = Fail(_pos, c == ')' && expect == Expect.Start
                            ? "empty parentheses: expected an expression"
                            : $"unexpected '{c}'; expected {Describe(expect)}");
                    }

                    break;
            }

            if (!ok)
            {
                return false;
            }
        }
    }

    private void OpenGroup()
    {
        _operators.Add(new Pending(ConditionalToken.Padding, true, _pos, _operands.Count));
        _pos++;
    }

    private bool CloseGroup()
    {
        while (!_operators[^1].IsGroup)
        {
            if (!Reduce())
            {
                return false;
            }
        }

        var group = _operators[^1];
        _operators.RemoveAt(_operators.Count - 1);
        if (_operands.Count != group.OperandBase + 1)
        {
            return Fail(group.Position, "malformed expression inside these parentheses");
        }

        _pos++;
        return true;
    }

    /// <summary>Applies the operator on top of the stack to its operands.</summary>
    private bool Reduce()
    {
        var op = _operators[^1];
        _operators.RemoveAt(_operators.Count - 1);
        int available = _operands.Count - _operators.FindLast(p => p.IsGroup).OperandBase;
        bool unary = ConditionalTokenInfo.IsUnaryOperator(op.Token);
        if (available < (unary ? 1 : 2))
        {
            return Fail(op.Position, $"'{ConditionalTokenInfo.Spelling(op.Token)}' lacks an operand");
        }

        if (unary)
        {
            _operands[^1] = new ConditionalUnaryExpression(op.Token, _operands[^1]);
        }
        else
        {
            var right = _operands[^1];
            _operands.RemoveAt(_operands.Count - 1);
            _operands[^1] = new ConditionalBinaryExpression(op.Token, _operands[^1], right);
        }

        return true;
    }

    /// <summary>
    /// Pushes an operator. A binary one first applies the pending operators that bind at least as
    /// tightly (left to right for equal precedence, MS-DTYP 2.5.1.3); a prefix one waits for its operand.
    /// </summary>
    private bool PushOperator(ConditionalToken token, int position, ref Expect expect)
    {
        if (ConditionalTokenInfo.IsBinaryOperator(token))
        {
            int precedence = ConditionalTokenInfo.Precedence(token);
            while (_operators.Count > 0 && !_operators[^1].IsGroup)
            {
                var top = _operators[^1].Token;
                int topPrecedence = ConditionalTokenInfo.Precedence(top);
                if (topPrecedence > precedence || (topPrecedence == precedence && ConditionalTokenInfo.IsUnaryOperator(top)))
                {
                    break;
                }

                if (!Reduce())
                {
                    return false;
                }
            }
        }

        _operators.Add(new Pending(token, false, position, 0));
        expect = ExpectAfter(token);
        return true;
    }

    private static Expect ExpectAfter(ConditionalToken token)
    {
        if (ConditionalTokenInfo.IsMembership(token))
        {
            return Expect.Literal | Expect.ParenthesisedLiteral;
        }

        if (ConditionalTokenInfo.IsComparison(token))
        {
            return Expect.Literal | Expect.ParenthesisedLiteral | Expect.PrefixedAttribute;
        }

        if (ConditionalTokenInfo.IsContainment(token))
        {
            return Expect.Literal | Expect.PrefixedAttribute;
        }

        return token switch
        {
            ConditionalToken.Exists or ConditionalToken.NotExists => Expect.LocalAttribute | Expect.PrefixedAttribute,
            ConditionalToken.Not => Expect.OpenParen | Expect.PrefixedAttribute,
            _ => Expect.LocalAttribute | Expect.PrefixedAttribute | Expect.OpenParen | Expect.UnaryOperator, // && ||
        };
    }

    private bool ReadSymbolOperator(ref Expect expect)
    {
        int at = _pos;
        char c = _text[_pos];
        char next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        ConditionalToken token;
        int length = 2;
        switch (c)
        {
            case '!':
                token = next == '=' ? ConditionalToken.NotEqual : ConditionalToken.Not;
                length = next == '=' ? 2 : 1;
                break;
            case '=' when next == '=':
                token = ConditionalToken.Equal;
                break;
            case '<':
                token = next == '=' ? ConditionalToken.LessThanOrEqual : ConditionalToken.LessThan;
                length = next == '=' ? 2 : 1;
                break;
            case '>':
                token = next == '=' ? ConditionalToken.GreaterThanOrEqual : ConditionalToken.GreaterThan;
                length = next == '=' ? 2 : 1;
                break;
            case '&' when next == '&':
                token = ConditionalToken.And;
                break;
            case '|' when next == '|':
                token = ConditionalToken.Or;
                break;
            default:
                return Fail(at, $"unknown operator '{c}'; expected ==, &&, || or {Describe(expect)}");
        }

        var needed = token switch
        {
            ConditionalToken.Not => Expect.UnaryOperator,
            ConditionalToken.And or ConditionalToken.Or => Expect.LogicalOperator,
            _ => Expect.BinaryOperator,
        };
        if ((expect & needed) == 0)
        {
            return Fail(at, $"unexpected '{ConditionalTokenInfo.Spelling(token)}'; expected {Describe(expect)}");
        }

        _pos += length;
        return PushOperator(token, at, ref expect);
    }

    private bool ReadWord(ref Expect expect)
    {
        int start = _pos;
        if ((expect & Expect.Literal) != 0 && ConditionalSddlSyntax.StartsSid(_text, _pos))
        {
            if (!ReadLiteral(allowComposite: false))
            {
                return false;
            }

            expect = Expect.AfterLiteral;
            return true;
        }

        int end = start;
        while (end < _text.Length && ConditionalSddlSyntax.IsSimpleNameChar(_text[end]))
        {
            end++;
        }

        var word = _text.AsSpan(start, end - start);
        if ((expect & (Expect.UnaryOperator | Expect.BinaryOperator)) != 0
            && ConditionalTokenInfo.TryGetWordOperator(word, (expect & Expect.UnaryOperator) != 0, (expect & Expect.BinaryOperator) != 0, out var token))
        {
            _pos = end;
            return PushOperator(token, start, ref expect);
        }

        if ((expect & Expect.Literal) != 0 && char.IsAsciiDigit(word[0]))
        {
            if (!ConditionalSddlSyntax.TryReadInteger(_text, ref _pos, out var integer, out _error))
            {
                return false;
            }

            _operands.Add(integer);
            expect = Expect.AfterLiteral;
            return true;
        }

        if ((expect & Expect.LocalAttribute) != 0)
        {
            _operands.Add(new ConditionalAttribute(ConditionalToken.LocalAttribute, word.ToString()));
            _pos = end;
            expect = Expect.AfterAttribute;
            return true;
        }

        return Fail(start, $"unexpected '{word}'; expected {Describe(expect)}");
    }

    private bool ReadPrefixedAttribute()
    {
        int at = _pos;
        var rest = _text.AsSpan(_pos + 1);
        ConditionalToken token;
        int prefix;
        if (rest.StartsWith("USER.", StringComparison.OrdinalIgnoreCase))
        {
            (token, prefix) = (ConditionalToken.UserAttribute, 5);
        }
        else if (rest.StartsWith("DEVICE.", StringComparison.OrdinalIgnoreCase))
        {
            (token, prefix) = (ConditionalToken.DeviceAttribute, 7);
        }
        else if (rest.StartsWith("RESOURCE.", StringComparison.OrdinalIgnoreCase))
        {
            (token, prefix) = (ConditionalToken.ResourceAttribute, 9);
        }
        else
        {
            return Fail(at, "expected @User., @Device. or @Resource.");
        }

        _pos += 1 + prefix;
        if (!ConditionalSddlSyntax.TryReadEscapedName(_text, ref _pos, out var name, out _error))
        {
            return false;
        }

        _operands.Add(new ConditionalAttribute(token, name));
        return true;
    }

    /// <summary>A literal after an operator, in as many parentheses as given ("member_of((sid(wd)))").</summary>
    private bool ReadParenthesisedLiteral()
    {
        int depth = 0;
        while (_pos < _text.Length && _text[_pos] == '(')
        {
            depth++;
            _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos + 1);
        }

        if (!ReadLiteral(allowComposite: true))
        {
            return false;
        }

        for (int i = 0; i < depth; i++)
        {
            _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos);
            if (_pos >= _text.Length || _text[_pos] != ')')
            {
                return Fail(_pos, "expected ')' after the parenthesised literal");
            }

            _pos++;
        }

        return true;
    }

    private bool ReadLiteral(bool allowComposite)
    {
        if (!TryReadLiteral(allowComposite, out var literal))
        {
            return false;
        }

        _operands.Add(literal);
        return true;
    }

    /// <summary>A literal (MS-DTYP 2.5.1.1): integer, "string", #octets, SID(...), or a {composite} of scalars.</summary>
    private bool TryReadLiteral(bool allowComposite, [NotNullWhen(true)] out ConditionalLiteral? literal)
    {
        literal = null;
        if (_pos >= _text.Length)
        {
            return Fail(_pos, "expected a literal");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '"':
                if (!ConditionalSddlSyntax.TryReadString(_text, ref _pos, out var text, out _error))
                {
                    return false;
                }

                literal = new ConditionalStringLiteral(text);
                return true;
            case '#':
                _pos++;
                literal = new ConditionalOctetStringLiteral(ConditionalSddlSyntax.ReadOctetDigits(_text, ref _pos));
                return true;
            case '{' when allowComposite:
                return TryReadComposite(out literal);
            case '{':
                return Fail(_pos, "a composite cannot hold another composite in SDDL");
            case '+' or '-' or (>= '0' and <= '9'):
                if (!ConditionalSddlSyntax.TryReadInteger(_text, ref _pos, out var integer, out _error))
                {
                    return false;
                }

                literal = integer;
                return true;
            default:
                if (ConditionalSddlSyntax.StartsSid(_text, _pos))
                {
                    if (!ConditionalSddlSyntax.TryReadSidLiteral(_text, ref _pos, _context, out var sid, out _error))
                    {
                        return false;
                    }

                    literal = new ConditionalSidLiteral(sid);
                    return true;
                }

                return Fail(_pos, "expected a literal: a number, \"string\", #hex, SID(...) or {...}");
        }
    }

    private bool TryReadComposite([NotNullWhen(true)] out ConditionalLiteral? composite)
    {
        composite = null;
        int open = _pos;
        var elements = new List<ConditionalLiteral>();
        _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos + 1);
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            composite = new ConditionalCompositeLiteral(elements);
            return true;
        }

        while (true)
        {
            _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos);
            if (!TryReadLiteral(allowComposite: false, out var element))
            {
                return false;
            }

            elements.Add(element);
            _pos = ConditionalSddlSyntax.SkipWhitespace(_text, _pos);
            if (_pos >= _text.Length)
            {
                return Fail(open, "composite has no closing '}'");
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                composite = new ConditionalCompositeLiteral(elements);
                return true;
            }

            if (_text[_pos] != ',')
            {
                return Fail(_pos, "expected ',' or '}' in the composite");
            }

            _pos++;
        }
    }

    private static string Describe(Expect expect)
    {
        var parts = new List<string>();
        if ((expect & Expect.PrefixedAttribute) != 0)
        {
            parts.Add((expect & Expect.LocalAttribute) != 0 ? "an attribute" : "an @User./@Device./@Resource. attribute");
        }

        if ((expect & Expect.Literal) != 0)
        {
            parts.Add("a literal");
        }

        if ((expect & Expect.UnaryOperator) != 0)
        {
            parts.Add("Member_of, Exists or '!'");
        }

        if ((expect & Expect.BinaryOperator) != 0)
        {
            parts.Add("a comparison");
        }

        if ((expect & Expect.LogicalOperator) != 0)
        {
            parts.Add("&& or ||");
        }

        if ((expect & (Expect.OpenParen | Expect.ParenthesisedLiteral)) != 0)
        {
            parts.Add("'('");
        }

        if ((expect & Expect.CloseParen) != 0)
        {
            parts.Add("')'");
        }

        return string.Join(", ", parts);
    }

    private bool Fail(int offset, string message)
    {
        _error = new ParseError(offset, message);
        return false;
    }

    private readonly record struct Pending(ConditionalToken Token, bool IsGroup, int Position, int OperandBase);
}
