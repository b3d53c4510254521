//! The tool's own words, in each language it speaks: one table per
//! language (a `match` over every key, so none can be missing), the same
//! `{placeholders}` in each text (a test holds them together). The descriptions come from the
//! library; these are the words around them. `--json` keys never come from
//! here: scripts read them.
//!
//! Every word the tool writes is here but the library's (descriptions,
//! `ParseError::display_in`) and clap's (`--help`, a usage error's hints).

use std::fmt;

/// A piece of the tool's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// `describe`'s labels.
    Value,
    Family,
    Requires,
    Header,
    Aliases,
    Kind,
    CType,
    Constants,
    Description,
    /// `describe` of a constant that belongs to no family.
    OwnConstant,
    /// `describe` of a family: how many constants, and how to list them;
    /// `{count}`, `{family}`.
    ListThem,
    /// `decode`'s rows for what no constant names.
    UnknownLabel,
    DeviceSpecificLabel,
    NoFlagSet,
    /// `{family}`, `{at}`: a family that leaves values from `at` on.
    VendorValue,
    /// `{family}`, `{at}`: a family that leaves the bits of `at`.
    VendorBits,
    /// `{family}`.
    NoConstantHasThisValue,
    /// `{family}`.
    NoConstantHasTheseBits,
    /// After `NoConstantHasThisValue`: `{name}` of `{family}`, where a
    /// `LINE_` number is a `PHONE_` message or the other way round.
    ItIsElsewhere,
    /// `list`'s column headings.
    ListFamily,
    ListKind,
    ListConstants,
    ListSince,
    ListDescription,
    /// A family's count of constants, one and several (`{count}`).
    OneConstant,
    ConstantCount,
    /// The title of the constants of no family.
    NoFamily,
    /// The note when the language asked for has no descriptions
    /// (`{lang}`), and when the build dropped them (`{lang}` again).
    NoDescriptionsIn,
    BuiltWithout,
    /// `message`'s readings of parameters that hold no family's value
    /// (`{value}`, `{code}`), and of what is left of one that does
    /// (`{bits}`).
    Unused,
    UnusedNotZero,
    NotSpecified,
    AHandle,
    CallbackInstance,
    MsSinceStart,
    Bytes,
    Character,
    APointer,
    NoSuchMessage,
    Success,
    AsProviderSends,
    VendorPart,
    UnknownPart,
    /// `find`'s errors: an empty TEXT; nothing found (`{text}`, quoted).
    FindEmpty,
    FindNothing,
    /// The errors of reading values, names and families (`resolve`,
    /// `decode`, `encode`, `describe`), after the library's own.
    OrPassHex,
    EmptyFamily,
    UnknownFamily,
    FamilyIsConstant,
    FamilyIsStandalone,
    DidYouMean,
    EmptyName,
    UnknownConstant,
    ShortName,
    OrMore,
    OneMore,
    NumberNotName,
    NoFamilyType,
    NoMember,
    NotOfQualifier,
    NameOfOther,
    NoFamilyOf,
    OrNameFamily,
    NoEnumValue,
    LongerThan,
    NotUtf8Line,
    EmptyValue,
    /// The words that join the last two items of a list.
    Or,
    And,
    /// `message`'s errors.
    NotMessage,
    NoMessageNamed,
    NotMessageNumber,
    HowToNameMessage,
    Not32Bit,
    ParamHoldsNoName,
    ParamNotAllowed,
    /// `field`'s errors and facts.
    FieldValueNotHeld,
    WriteStructField,
    MessageStructure,
    NoSuchField,
    NoStructure,
    TheStructures,
    WriteFieldValue,
    DependsOnNothing,
    DependsOnOther,
    NotNumberNorName,
    DependsOn,
    FieldNotSpecified,
    SinceTapi,
    NotInWindowsSys,
    Note,
    /// Input and output.
    CannotRead,
    CannotWrite,
    InternalError,
    InvalidLang,
    /// The command line's errors (`usage`), made from clap's error kind.
    UnknownSubcommand,
    UnexpectedArgument,
    MissingArgument,
    MissingArguments,
    NeedsValue,
    InvalidValueFor,
    ValidValues,
    AfterColon,
    TooManyValues,
    TooFewValues,
    WrongNumberOfValues,
    SubcommandNamed,
    GivenTwice,
    CannotBeUsedWith,
    CannotBeUsedWithOthers,
    ValueAfterEquals,
    NeedsSubcommand,
    NotUtf8,
    ArgumentMissing,
    NotValid,
    SeeHelp,
    SubcommandRequired,
    TheSubcommandsAre,
    /// One of clap's own hints, in clap's words, after the sentence.
    Hint,
    PassAsValue,
    /// `decode`'s summary of the values it could not name (`{count}`, `{prefix}`).
    OneValueUnknown,
    ValuesUnknown,
    OneValueBits,
    ValuesBits,
    CannotReadStdin,
    AtLine,
    /// `annotate`'s words in an annotation line (its `--json` keeps English).
    AnnotationProvider,
    AnnotationSuccess,
    AnnotationHandle,
    AnnotationInstance,
    AnnotationPointer,
    AnnotationVendorPart,
}

impl Text {
    /// Every key, in declaration order (a test checks the order, and the
    /// assertion below the length).
    pub const ALL: [Text; 132] = [
        Text::Value,
        Text::Family,
        Text::Requires,
        Text::Header,
        Text::Aliases,
        Text::Kind,
        Text::CType,
        Text::Constants,
        Text::Description,
        Text::OwnConstant,
        Text::ListThem,
        Text::UnknownLabel,
        Text::DeviceSpecificLabel,
        Text::NoFlagSet,
        Text::VendorValue,
        Text::VendorBits,
        Text::NoConstantHasThisValue,
        Text::NoConstantHasTheseBits,
        Text::ItIsElsewhere,
        Text::ListFamily,
        Text::ListKind,
        Text::ListConstants,
        Text::ListSince,
        Text::ListDescription,
        Text::OneConstant,
        Text::ConstantCount,
        Text::NoFamily,
        Text::NoDescriptionsIn,
        Text::BuiltWithout,
        Text::Unused,
        Text::UnusedNotZero,
        Text::NotSpecified,
        Text::AHandle,
        Text::CallbackInstance,
        Text::MsSinceStart,
        Text::Bytes,
        Text::Character,
        Text::APointer,
        Text::NoSuchMessage,
        Text::Success,
        Text::AsProviderSends,
        Text::VendorPart,
        Text::UnknownPart,
        Text::FindEmpty,
        Text::FindNothing,
        Text::OrPassHex,
        Text::EmptyFamily,
        Text::UnknownFamily,
        Text::FamilyIsConstant,
        Text::FamilyIsStandalone,
        Text::DidYouMean,
        Text::EmptyName,
        Text::UnknownConstant,
        Text::ShortName,
        Text::OrMore,
        Text::OneMore,
        Text::NumberNotName,
        Text::NoFamilyType,
        Text::NoMember,
        Text::NotOfQualifier,
        Text::NameOfOther,
        Text::NoFamilyOf,
        Text::OrNameFamily,
        Text::NoEnumValue,
        Text::LongerThan,
        Text::NotUtf8Line,
        Text::EmptyValue,
        Text::Or,
        Text::And,
        Text::NotMessage,
        Text::NoMessageNamed,
        Text::NotMessageNumber,
        Text::HowToNameMessage,
        Text::Not32Bit,
        Text::ParamHoldsNoName,
        Text::ParamNotAllowed,
        Text::FieldValueNotHeld,
        Text::WriteStructField,
        Text::MessageStructure,
        Text::NoSuchField,
        Text::NoStructure,
        Text::TheStructures,
        Text::WriteFieldValue,
        Text::DependsOnNothing,
        Text::DependsOnOther,
        Text::NotNumberNorName,
        Text::DependsOn,
        Text::FieldNotSpecified,
        Text::SinceTapi,
        Text::NotInWindowsSys,
        Text::Note,
        Text::CannotRead,
        Text::CannotWrite,
        Text::InternalError,
        Text::InvalidLang,
        Text::UnknownSubcommand,
        Text::UnexpectedArgument,
        Text::MissingArgument,
        Text::MissingArguments,
        Text::NeedsValue,
        Text::InvalidValueFor,
        Text::ValidValues,
        Text::AfterColon,
        Text::TooManyValues,
        Text::TooFewValues,
        Text::WrongNumberOfValues,
        Text::SubcommandNamed,
        Text::GivenTwice,
        Text::CannotBeUsedWith,
        Text::CannotBeUsedWithOthers,
        Text::ValueAfterEquals,
        Text::NeedsSubcommand,
        Text::NotUtf8,
        Text::ArgumentMissing,
        Text::NotValid,
        Text::SeeHelp,
        Text::SubcommandRequired,
        Text::TheSubcommandsAre,
        Text::Hint,
        Text::PassAsValue,
        Text::OneValueUnknown,
        Text::ValuesUnknown,
        Text::OneValueBits,
        Text::ValuesBits,
        Text::CannotReadStdin,
        Text::AtLine,
        Text::AnnotationProvider,
        Text::AnnotationSuccess,
        Text::AnnotationHandle,
        Text::AnnotationInstance,
        Text::AnnotationPointer,
        Text::AnnotationVendorPart,
    ];

    /// The labels `describe` aligns in one column: the first keys.
    pub const LABELS: &'static [Text] = Text::ALL.split_at(9).0;
}

// A key added to the enum but not to `ALL` fails the build (keep
// `AnnotationVendorPart` the last key, or name the new last one here).
const _: () = assert!(Text::ALL.len() == Text::AnnotationVendorPart as usize + 1);

/// English: each language is a `match` over every key, so a key missing
/// from one is a compile error.
fn en(key: Text) -> &'static str {
    match key {
        Text::Value => "value",
        Text::Family => "family",
        Text::Requires => "requires",
        Text::Header => "header",
        Text::Aliases => "aliases",
        Text::Kind => "kind",
        Text::CType => "C type",
        Text::Constants => "constants",
        Text::Description => "description",
        Text::OwnConstant => "none: a constant of its own",
        Text::ListThem => "{count} (`tapi-consts list {family}` lists them)",
        Text::UnknownLabel => "(unknown)",
        Text::DeviceSpecificLabel => "(device-specific)",
        Text::NoFlagSet => "(no flag set)",
        Text::VendorValue => {
            "a vendor's value: {family} leaves {at} and up to device-specific extensions"
        }
        Text::VendorBits => "a vendor's bits: {family} leaves {at} to device-specific extensions",
        Text::NoConstantHasThisValue => "no {family} constant has this value",
        Text::NoConstantHasTheseBits => "no {family} constant has these bits",
        Text::ItIsElsewhere => " (it is {name}, a {family} message)",
        Text::ListFamily => "FAMILY",
        Text::ListKind => "KIND",
        Text::ListConstants => "CONSTANTS",
        Text::ListSince => "SINCE",
        Text::ListDescription => "DESCRIPTION",
        Text::OneConstant => "{count} constant",
        Text::ConstantCount => "{count} constants",
        Text::NoFamily => "(no family)",
        Text::NoDescriptionsIn => {
            "there are no descriptions in `{lang}`; they are shown in English"
        }
        Text::BuiltWithout => {
            "this build has no `{lang}` descriptions (it was built without the `lang-{lang}` \
             feature); they are shown in English"
        }
        Text::Unused => "(unused)",
        Text::UnusedNotZero => "(unused, but not 0)",
        Text::NotSpecified => "(not specified in this case)",
        Text::AHandle => "(a handle)",
        Text::CallbackInstance => "(the callback instance)",
        Text::MsSinceStart => "{value} ms since the system started",
        Text::Bytes => "{value} bytes",
        Text::Character => "(character {code})",
        Text::APointer => "(a pointer)",
        Text::NoSuchMessage => "(no such message)",
        Text::Success => "0: success",
        Text::AsProviderSends => ", as a service provider sends it",
        Text::VendorPart => "(device-specific): {bits}, a vendor's",
        Text::UnknownPart => "(unknown): {bits}, which no constant has",
        Text::FindEmpty => "empty TEXT: find needs something to look for",
        Text::FindNothing => "no constant's name or description contains {text}",
        Text::OrPassHex => "; or pass --hex to read numbers without a prefix as hex",
        Text::EmptyFamily => "empty FAMILY: expected a prefix such as `LINECALLSTATE`",
        Text::UnknownFamily => "unknown family {family}{hint} (`tapi-consts list` lists them)",
        Text::FamilyIsConstant => "; it is a constant's name: did you mean the family `{family}`?",
        Text::FamilyIsStandalone => "; it is a constant that belongs to no family: `tapi-consts describe {name}` shows it",
        Text::DidYouMean => "; did you mean {names}?",
        Text::EmptyName => "empty name: expected a constant such as `LINECALLSTATE_IDLE`",
        Text::UnknownConstant => "unknown constant {name}",
        Text::ShortName => "{name} is a short name, not a full one; did you mean {names}{more}?",
        Text::OrMore => " (or {count} more)",
        Text::OneMore => " (or 1 more)",
        Text::NumberNotName => "{name} is a number, not a name: `tapi-consts decode FAMILY {number}` names it",
        Text::NoFamilyType => "{name} is no family type of tapi-consts (such as `LineCallState`)",
        Text::NoMember => "{family} has no member {name}",
        Text::NotOfQualifier => "{name}: `{constant}` is a constant of {family}, not of {qualifier}",
        Text::NameOfOther => "{name} is a name of {other}, not of {family}",
        Text::NoFamilyOf => "cannot tell the family of {expr}: it names no constant; give a full name or --family",
        Text::OrNameFamily => " (or name the family with --family)",
        Text::NoEnumValue => "no constant of an enumeration has the value {input}; `tapi-consts decode FAMILY {input}` reads it as a value or set of one family",
        Text::LongerThan => "longer than {max} bytes",
        Text::NotUtf8Line => "not UTF-8 text",
        Text::EmptyValue => "empty value: expected a number such as `0x4`",
        Text::Or => "or",
        Text::And => "and",
        Text::NotMessage => "`{text}` is not a message number or name",
        Text::NoMessageNamed => "no message is named `{text}`",
        Text::NotMessageNumber => "{number} is not a message number: applications get 0 to 34, providers send 500 to 506 too",
        Text::HowToNameMessage => "give a message name such as LINE_CALLSTATE or its number (`tapi-consts list line`, `list phone`, `list providermessage`)",
        Text::Not32Bit => "`{text}` is not a 32-bit number; write it as 0x…, a decimal, or --hex for hex without a prefix",
        Text::ParamHoldsNoName => "`{text}` is not a number, and this parameter holds no constant's name here",
        Text::ParamNotAllowed => "a parameter is not one its role allows: bits no constant has (shown as unknown), or several members where it holds one",
        Text::FieldValueNotHeld => "the value is not one the field holds: bits no constant has (shown as unknown), or several members where it holds one",
        Text::WriteStructField => "`{name}`: write STRUCT.FIELD, as in LINEADDRESSSTATUS.dwAddressFeatures",
        Text::MessageStructure => "the fields of {structure} are a callback message and its parameters: `tapi-consts message MSG [P1 [P2 [P3]]]` reads them",
        Text::NoSuchField => "{structure} has no field `{field}` that holds a constant",
        Text::NoStructure => "no structure `{structure}` with fields that hold constants",
        Text::TheStructures => " (the structures: LINEDEVCAPS, LINECALLSTATUS, …)",
        Text::WriteFieldValue => "`{text}`: write FIELD=VALUE, as in dwCallState=CONNECTED",
        Text::DependsOnNothing => "{field} depends on no other field; leave `{text}` out",
        Text::DependsOnOther => "{field} depends on {wanted}, not `{name}`: give {wanted}=VALUE",
        Text::NotNumberNorName => "`{text}` is not a number, and {field} holds no constant's name here",
        Text::DependsOn => "(depends on {on}: give {on}=VALUE)",
        Text::FieldNotSpecified => "(not specified)",
        Text::SinceTapi => "since TAPI {since}",
        Text::NotInWindowsSys => "not in windows-sys 0.61: read it at its offset",
        Text::Note => "note: {note}",
        Text::CannotRead => "cannot read {name}: {error}",
        Text::CannotWrite => "cannot write the output: {error}",
        Text::InternalError => "internal error: {message}",
        Text::InvalidLang => "invalid --lang {value}: expected a language tag such as `en`, `fr` or `fr-CA`",
        Text::UnknownSubcommand => "unknown subcommand {name}",
        Text::UnexpectedArgument => "unexpected argument {arg}",
        Text::MissingArgument => "missing required argument {arg}",
        Text::MissingArguments => "missing required arguments {args}",
        Text::NeedsValue => "{arg} needs a value",
        Text::InvalidValueFor => "invalid value {value} for {arg}",
        Text::ValidValues => ": the valid values are {values}",
        Text::AfterColon => ": {text}",
        Text::TooManyValues => "too many values for {arg}: {value} was not expected",
        Text::TooFewValues => "too few values for {arg}: it takes at least {min}, got {got}",
        Text::WrongNumberOfValues => "wrong number of values for {arg}: it takes {expected}, got {got}",
        Text::SubcommandNamed => "subcommand {name}",
        Text::GivenTwice => "{what} is given more than once",
        Text::CannotBeUsedWith => "{what} cannot be used with {others}",
        Text::CannotBeUsedWithOthers => "{what} cannot be used with the other arguments",
        Text::ValueAfterEquals => "{arg} takes its value after '='",
        Text::NeedsSubcommand => "{name} needs a subcommand",
        Text::NotUtf8 => "an argument is not valid UTF-8",
        Text::ArgumentMissing => "an argument or a subcommand is missing",
        Text::NotValid => "the command line is not valid",
        Text::SeeHelp => " (`tapi-consts --help` explains the usage)",
        Text::SubcommandRequired => "a subcommand is required: {names} (`tapi-consts --help` explains them)",
        Text::TheSubcommandsAre => "; the subcommands are {names}",
        Text::Hint => "; {text}",
        Text::PassAsValue => "; to pass {arg} as a value, write '-- {bare}'",
        Text::OneValueUnknown => "1 value is not the value of any {prefix} constant (shown as unknown)",
        Text::ValuesUnknown => "{count} values are not the value of any {prefix} constant (shown as unknown)",
        Text::OneValueBits => "1 value has bits that no {prefix} constant has (shown as unknown)",
        Text::ValuesBits => "{count} values have bits that no {prefix} constant has (shown as unknown)",
        Text::CannotReadStdin => "cannot read standard input: {error}",
        Text::AtLine => "line {number}: {message}",
        Text::AnnotationProvider => ", provider",
        Text::AnnotationSuccess => "0 (success)",
        Text::AnnotationHandle => "(handle)",
        Text::AnnotationInstance => "(callback instance)",
        Text::AnnotationPointer => "(pointer)",
        Text::AnnotationVendorPart => " ({bits} device-specific)",
    }
}

fn fr(key: Text) -> &'static str {
    match key {
        Text::Value => "valeur",
        Text::Family => "famille",
        Text::Requires => "requiert",
        Text::Header => "en-tête",
        Text::Aliases => "alias",
        Text::Kind => "nature",
        Text::CType => "type C",
        Text::Constants => "constantes",
        Text::Description => "description",
        Text::OwnConstant => "aucune : une constante à part",
        Text::ListThem => "{count} (`tapi-consts list {family}` les énumère)",
        Text::UnknownLabel => "(inconnu)",
        Text::DeviceSpecificLabel => "(propre au périphérique)",
        Text::NoFlagSet => "(aucun indicateur positionné)",
        Text::VendorValue => {
            "une valeur de fabricant : {family} laisse {at} et au-delà aux extensions \
             propres au périphérique"
        }
        Text::VendorBits => {
            "des bits de fabricant : {family} laisse {at} aux extensions propres au \
             périphérique"
        }
        Text::NoConstantHasThisValue => "aucune constante {family} n’a cette valeur",
        Text::NoConstantHasTheseBits => "aucune constante {family} n’a ces bits",
        Text::ItIsElsewhere => " (c’est {name}, un message {family})",
        Text::ListFamily => "FAMILLE",
        Text::ListKind => "NATURE",
        Text::ListConstants => "CONSTANTES",
        Text::ListSince => "DEPUIS",
        Text::ListDescription => "DESCRIPTION",
        Text::OneConstant => "{count} constante",
        Text::ConstantCount => "{count} constantes",
        Text::NoFamily => "(sans famille)",
        Text::NoDescriptionsIn => {
            "il n’y a pas de descriptions en `{lang}` ; elles sont affichées en anglais"
        }
        Text::BuiltWithout => {
            "cette version de l’outil n’a pas de descriptions en `{lang}` (elle a été compilée \
             sans la fonctionnalité `lang-{lang}`) ; elles sont affichées en anglais"
        }
        Text::Unused => "(inutilisé)",
        Text::UnusedNotZero => "(inutilisé, mais pas 0)",
        Text::NotSpecified => "(non précisé dans ce cas)",
        Text::AHandle => "(un handle)",
        Text::CallbackInstance => "(la valeur d’instance)",
        Text::MsSinceStart => "{value} ms depuis le démarrage du système",
        Text::Bytes => "{value} octets",
        Text::Character => "(caractère {code})",
        Text::APointer => "(un pointeur)",
        Text::NoSuchMessage => "(aucun message de ce numéro)",
        Text::Success => "0 : succès",
        Text::AsProviderSends => ", tel qu’un fournisseur de services l’envoie",
        Text::VendorPart => "(propre au périphérique) : {bits}, propre à un fabricant",
        Text::UnknownPart => "(inconnu) : {bits}, qu’aucune constante n’a",
        Text::FindEmpty => "TEXT vide : find a besoin de quelque chose à chercher",
        Text::FindNothing => "aucun nom ni aucune description de constante ne contient {text}",
        Text::OrPassHex => " ; ou passez --hex pour lire en hexadécimal les nombres sans préfixe",
        Text::EmptyFamily => "FAMILY vide : un préfixe tel que `LINECALLSTATE` est attendu",
        Text::UnknownFamily => "famille inconnue {family}{hint} (`tapi-consts list` les énumère)",
        Text::FamilyIsConstant => " ; c’est le nom d’une constante : vouliez-vous dire la famille `{family}` ?",
        Text::FamilyIsStandalone => " ; c’est une constante qui n’appartient à aucune famille : `tapi-consts describe {name}` l’affiche",
        Text::DidYouMean => " ; vouliez-vous dire {names} ?",
        Text::EmptyName => "nom vide : une constante telle que `LINECALLSTATE_IDLE` est attendue",
        Text::UnknownConstant => "constante inconnue {name}",
        Text::ShortName => "{name} est un nom court, pas un nom complet ; vouliez-vous dire {names}{more} ?",
        Text::OrMore => " (ou {count} autres)",
        Text::OneMore => " (ou 1 autre)",
        Text::NumberNotName => "{name} est un nombre, pas un nom : `tapi-consts decode FAMILY {number}` le nomme",
        Text::NoFamilyType => "{name} n’est pas un type de famille de tapi-consts (tel que `LineCallState`)",
        Text::NoMember => "{family} n’a pas de membre {name}",
        Text::NotOfQualifier => "{name} : `{constant}` est une constante de {family}, pas de {qualifier}",
        Text::NameOfOther => "{name} est un nom de {other}, pas de {family}",
        Text::NoFamilyOf => "impossible de déterminer la famille de {expr}, qui ne nomme aucune constante ; donnez un nom complet ou --family",
        Text::OrNameFamily => " (ou nommez la famille avec --family)",
        Text::NoEnumValue => "aucune constante d’une énumération n’a la valeur {input} ; `tapi-consts decode FAMILY {input}` la lit comme valeur ou ensemble d’une famille",
        Text::LongerThan => "plus long que {max} octets",
        Text::NotUtf8Line => "pas du texte UTF-8",
        Text::EmptyValue => "valeur vide : un nombre tel que `0x4` est attendu",
        Text::Or => "ou",
        Text::And => "et",
        Text::NotMessage => "`{text}` n’est ni un numéro ni un nom de message",
        Text::NoMessageNamed => "aucun message ne s’appelle `{text}`",
        Text::NotMessageNumber => "{number} n’est pas un numéro de message : les applications reçoivent de 0 à 34, les fournisseurs de services envoient aussi de 500 à 506",
        Text::HowToNameMessage => "donnez un nom de message tel que LINE_CALLSTATE ou son numéro (`tapi-consts list line`, `list phone`, `list providermessage`)",
        Text::Not32Bit => "`{text}` n’est pas un nombre de 32 bits ; écrivez-le en 0x…, en décimal, ou avec --hex pour de l’hexadécimal sans préfixe",
        Text::ParamHoldsNoName => "`{text}` n’est pas un nombre, et ce paramètre ne contient ici aucun nom de constante",
        Text::ParamNotAllowed => "un paramètre n’est pas de ceux que son rôle permet : des bits qu’aucune constante n’a (affichés comme inconnus), ou plusieurs membres là où il n’en contient qu’un",
        Text::FieldValueNotHeld => "la valeur n’est pas de celles que le champ contient : des bits qu’aucune constante n’a (affichés comme inconnus), ou plusieurs membres là où il n’en contient qu’un",
        Text::WriteStructField => "`{name}` : écrivez STRUCT.FIELD, comme LINEADDRESSSTATUS.dwAddressFeatures",
        Text::MessageStructure => "les champs de {structure} sont un message destiné à la fonction de rappel et les paramètres de ce message : `tapi-consts message MSG [P1 [P2 [P3]]]` les lit",
        Text::NoSuchField => "{structure} n’a pas de champ `{field}` qui contienne une constante",
        Text::NoStructure => "aucune structure `{structure}` ayant des champs qui contiennent des constantes",
        Text::TheStructures => " (les structures : LINEDEVCAPS, LINECALLSTATUS, …)",
        Text::WriteFieldValue => "`{text}` : écrivez FIELD=VALUE, comme dwCallState=CONNECTED",
        Text::DependsOnNothing => "{field} ne dépend d’aucun autre champ ; omettez `{text}`",
        Text::DependsOnOther => "{field} dépend de {wanted}, pas de `{name}` : donnez {wanted}=VALUE",
        Text::NotNumberNorName => "`{text}` n’est pas un nombre, et {field} ne contient ici aucun nom de constante",
        Text::DependsOn => "(dépend de {on} : donnez {on}=VALUE)",
        Text::FieldNotSpecified => "(non précisé)",
        Text::SinceTapi => "depuis TAPI {since}",
        Text::NotInWindowsSys => "absent de windows-sys 0.61 : lisez-le à son décalage",
        Text::Note => "remarque : {note}",
        Text::CannotRead => "impossible de lire {name} : {error}",
        Text::CannotWrite => "impossible d’écrire la sortie : {error}",
        Text::InternalError => "erreur interne : {message}",
        Text::InvalidLang => "--lang {value} invalide : une étiquette de langue telle que `en`, `fr` ou `fr-CA` est attendue",
        Text::UnknownSubcommand => "sous-commande inconnue {name}",
        Text::UnexpectedArgument => "argument inattendu {arg}",
        Text::MissingArgument => "argument requis manquant : {arg}",
        Text::MissingArguments => "arguments requis manquants : {args}",
        Text::NeedsValue => "{arg} demande une valeur",
        Text::InvalidValueFor => "valeur invalide {value} pour {arg}",
        Text::ValidValues => " : les valeurs valides sont {values}",
        Text::AfterColon => " : {text}",
        Text::TooManyValues => "trop de valeurs pour {arg} : {value} n’était pas attendu",
        Text::TooFewValues => "trop peu de valeurs pour {arg} : il en faut au moins {min}, il y en a {got}",
        Text::WrongNumberOfValues => "mauvais nombre de valeurs pour {arg} : il en faut {expected}, il y en a {got}",
        Text::SubcommandNamed => "la sous-commande {name}",
        Text::GivenTwice => "{what} figure plus d’une fois",
        Text::CannotBeUsedWith => "{what} est incompatible avec {others}",
        Text::CannotBeUsedWithOthers => "{what} est incompatible avec les autres arguments",
        Text::ValueAfterEquals => "{arg} prend sa valeur après '='",
        Text::NeedsSubcommand => "{name} demande une sous-commande",
        Text::NotUtf8 => "un argument n’est pas de l’UTF-8 valide",
        Text::ArgumentMissing => "il manque un argument ou une sous-commande",
        Text::NotValid => "la ligne de commande n’est pas valide",
        Text::SeeHelp => " (`tapi-consts --help` explique l’utilisation)",
        Text::SubcommandRequired => "une sous-commande est requise : {names} (`tapi-consts --help` les explique)",
        Text::TheSubcommandsAre => " ; les sous-commandes sont {names}",
        Text::Hint => " ; {text}",
        Text::PassAsValue => " ; pour passer {arg} comme valeur, écrivez '-- {bare}'",
        Text::OneValueUnknown => "1 valeur n’est la valeur d’aucune constante {prefix} (affichée comme inconnue)",
        Text::ValuesUnknown => "{count} valeurs ne sont la valeur d’aucune constante {prefix} (affichées comme inconnues)",
        Text::OneValueBits => "1 valeur a des bits qu’aucune constante {prefix} n’a (affichés comme inconnus)",
        Text::ValuesBits => "{count} valeurs ont des bits qu’aucune constante {prefix} n’a (affichés comme inconnus)",
        Text::CannotReadStdin => "impossible de lire l’entrée standard : {error}",
        Text::AtLine => "ligne {number} : {message}",
        Text::AnnotationProvider => ", fournisseur de services",
        Text::AnnotationSuccess => "0 (succès)",
        Text::AnnotationHandle => "(handle)",
        Text::AnnotationInstance => "(valeur d’instance)",
        Text::AnnotationPointer => "(pointeur)",
        Text::AnnotationVendorPart => " ({bits} propre au périphérique)",
    }
}

fn de(key: Text) -> &'static str {
    match key {
        Text::Value => "Wert",
        Text::Family => "Familie",
        Text::Requires => "erfordert",
        Text::Header => "Header",
        Text::Aliases => "Aliasse",
        Text::Kind => "Art",
        Text::CType => "C-Typ",
        Text::Constants => "Konstanten",
        Text::Description => "Beschreibung",
        Text::OwnConstant => "keine: eine eigenständige Konstante",
        Text::ListThem => "{count} (`tapi-consts list {family}` listet sie auf)",
        Text::UnknownLabel => "(unbekannt)",
        Text::DeviceSpecificLabel => "(gerätespezifisch)",
        Text::NoFlagSet => "(kein Bit gesetzt)",
        Text::VendorValue => {
            "ein Herstellerwert: {family} überlässt {at} und höher gerätespezifischen \
             Erweiterungen"
        }
        Text::VendorBits => {
            "Herstellerbits: {family} überlässt {at} gerätespezifischen Erweiterungen"
        }
        Text::NoConstantHasThisValue => "keine Konstante von {family} hat diesen Wert",
        Text::NoConstantHasTheseBits => "keine Konstante von {family} hat diese Bits",
        Text::ItIsElsewhere => " (das ist {name}, eine Nachricht von {family})",
        Text::ListFamily => "FAMILIE",
        Text::ListKind => "ART",
        Text::ListConstants => "KONSTANTEN",
        Text::ListSince => "SEIT",
        Text::ListDescription => "BESCHREIBUNG",
        Text::OneConstant => "{count} Konstante",
        Text::ConstantCount => "{count} Konstanten",
        Text::NoFamily => "(keine Familie)",
        Text::NoDescriptionsIn => {
            "es gibt keine Beschreibungen in `{lang}`; sie werden auf Englisch angezeigt"
        }
        Text::BuiltWithout => {
            "diese Version des Werkzeugs hat keine Beschreibungen in `{lang}` (sie wurde ohne \
             das Feature `lang-{lang}` gebaut); sie werden auf Englisch angezeigt"
        }
        Text::Unused => "(nicht verwendet)",
        Text::UnusedNotZero => "(nicht verwendet, aber nicht 0)",
        Text::NotSpecified => "(in diesem Fall nicht festgelegt)",
        Text::AHandle => "(ein Handle)",
        Text::CallbackInstance => "(die Callback-Instanz)",
        Text::MsSinceStart => "{value} ms seit dem Systemstart",
        Text::Bytes => "{value} Bytes",
        Text::Character => "(Zeichen {code})",
        Text::APointer => "(ein Zeiger)",
        Text::NoSuchMessage => "(keine solche Nachricht)",
        Text::Success => "0: Erfolg",
        Text::AsProviderSends => ", wie ein Dienstanbieter sie sendet",
        Text::VendorPart => "(gerätespezifisch): {bits}, herstellerspezifisch",
        Text::UnknownPart => "(unbekannt): {bits}, von keiner Konstante belegt",
        Text::FindEmpty => "leerer TEXT: find braucht etwas, wonach es suchen kann",
        Text::FindNothing => "kein Name und keine Beschreibung einer Konstante enthält {text}",
        Text::OrPassHex => "; oder --hex angeben, um Zahlen ohne Präfix hexadezimal zu lesen",
        Text::EmptyFamily => "leere FAMILY: erwartet wird ein Präfix wie `LINECALLSTATE`",
        Text::UnknownFamily => "unbekannte Familie {family}{hint} (`tapi-consts list` listet sie auf)",
        Text::FamilyIsConstant => "; das ist der Name einer Konstante: meinten Sie die Familie `{family}`?",
        Text::FamilyIsStandalone => "; das ist eine Konstante ohne Familie: `tapi-consts describe {name}` zeigt sie an",
        Text::DidYouMean => "; meinten Sie {names}?",
        Text::EmptyName => "leerer Name: erwartet wird eine Konstante wie `LINECALLSTATE_IDLE`",
        Text::UnknownConstant => "unbekannte Konstante {name}",
        Text::ShortName => "{name} ist ein Kurzname, kein vollständiger Name; meinten Sie {names}{more}?",
        Text::OrMore => " (oder {count} weitere)",
        Text::OneMore => " (oder 1 weiterer)",
        Text::NumberNotName => "{name} ist eine Zahl, kein Name: `tapi-consts decode FAMILY {number}` benennt sie",
        Text::NoFamilyType => "{name} ist kein Familientyp von tapi-consts (wie `LineCallState`)",
        Text::NoMember => "{family} hat kein Element {name}",
        Text::NotOfQualifier => "{name}: `{constant}` ist eine Konstante von {family}, nicht von {qualifier}",
        Text::NameOfOther => "{name} ist ein Name von {other}, nicht von {family}",
        Text::NoFamilyOf => "die Familie von {expr} ist nicht erkennbar, da darin keine Konstante genannt wird; einen vollständigen Namen oder --family angeben",
        Text::OrNameFamily => " (oder die Familie mit --family nennen)",
        Text::NoEnumValue => "keine Konstante einer Aufzählung hat den Wert {input}; `tapi-consts decode FAMILY {input}` liest ihn als Wert oder Menge einer Familie",
        Text::LongerThan => "länger als {max} Bytes",
        Text::NotUtf8Line => "kein UTF-8-Text",
        Text::EmptyValue => "leerer Wert: erwartet wird eine Zahl wie `0x4`",
        Text::Or => "oder",
        Text::And => "und",
        Text::NotMessage => "`{text}` ist weder eine Nachrichtennummer noch ein Nachrichtenname",
        Text::NoMessageNamed => "keine Nachricht heißt `{text}`",
        Text::NotMessageNumber => "{number} ist keine Nachrichtennummer: Anwendungen erhalten 0 bis 34, Dienstanbieter senden auch 500 bis 506",
        Text::HowToNameMessage => "einen Nachrichtennamen wie LINE_CALLSTATE oder seine Nummer angeben (`tapi-consts list line`, `list phone`, `list providermessage`)",
        Text::Not32Bit => "`{text}` ist keine 32-Bit-Zahl; als 0x…, als Dezimalzahl oder mit --hex als Hexadezimalzahl ohne Präfix schreiben",
        Text::ParamHoldsNoName => "`{text}` ist keine Zahl, und dieser Parameter enthält hier keinen Konstantennamen",
        Text::ParamNotAllowed => "ein Parameter ist keiner, den seine Rolle zulässt: Bits, die keine Konstante hat (als unbekannt angezeigt), oder mehrere Elemente, wo er eines enthält",
        Text::FieldValueNotHeld => "der Wert ist keiner, den das Feld enthält: Bits, die keine Konstante hat (als unbekannt angezeigt), oder mehrere Elemente, wo es eines enthält",
        Text::WriteStructField => "`{name}`: STRUCT.FIELD schreiben, etwa LINEADDRESSSTATUS.dwAddressFeatures",
        Text::MessageStructure => "die Felder von {structure} sind eine Nachricht an die Callback-Funktion und die Parameter dieser Nachricht: `tapi-consts message MSG [P1 [P2 [P3]]]` liest sie",
        Text::NoSuchField => "{structure} hat kein Feld `{field}`, das eine Konstante enthält",
        Text::NoStructure => "keine Struktur `{structure}` mit Feldern, die Konstanten enthalten",
        Text::TheStructures => " (die Strukturen: LINEDEVCAPS, LINECALLSTATUS, …)",
        Text::WriteFieldValue => "`{text}`: FIELD=VALUE schreiben, etwa dwCallState=CONNECTED",
        Text::DependsOnNothing => "{field} hängt von keinem anderen Feld ab; `{text}` weglassen",
        Text::DependsOnOther => "{field} hängt von {wanted} ab, nicht von `{name}`: {wanted}=VALUE angeben",
        Text::NotNumberNorName => "`{text}` ist keine Zahl, und {field} enthält hier keinen Konstantennamen",
        Text::DependsOn => "(hängt von {on} ab: {on}=VALUE angeben)",
        Text::FieldNotSpecified => "(nicht festgelegt)",
        Text::SinceTapi => "seit TAPI {since}",
        Text::NotInWindowsSys => "nicht in windows-sys 0.61: an seinem Offset lesen",
        Text::Note => "Hinweis: {note}",
        Text::CannotRead => "{name} kann nicht gelesen werden: {error}",
        Text::CannotWrite => "die Ausgabe kann nicht geschrieben werden: {error}",
        Text::InternalError => "interner Fehler: {message}",
        Text::InvalidLang => "ungültiges --lang {value}: erwartet wird ein Sprach-Tag wie `en`, `fr` oder `fr-CA`",
        Text::UnknownSubcommand => "unbekannter Unterbefehl {name}",
        Text::UnexpectedArgument => "unerwartetes Argument {arg}",
        Text::MissingArgument => "fehlendes erforderliches Argument {arg}",
        Text::MissingArguments => "fehlende erforderliche Argumente {args}",
        Text::NeedsValue => "{arg} braucht einen Wert",
        Text::InvalidValueFor => "ungültiger Wert {value} für {arg}",
        Text::ValidValues => ": gültige Werte sind {values}",
        Text::AfterColon => ": {text}",
        Text::TooManyValues => "zu viele Werte für {arg}: {value} war nicht erwartet",
        Text::TooFewValues => "zu wenige Werte für {arg}: mindestens {min} nötig, {got} erhalten",
        Text::WrongNumberOfValues => "falsche Anzahl von Werten für {arg}: {expected} nötig, {got} erhalten",
        Text::SubcommandNamed => "der Unterbefehl {name}",
        Text::GivenTwice => "{what} ist mehr als einmal angegeben",
        Text::CannotBeUsedWith => "{what} kann nicht zusammen mit {others} verwendet werden",
        Text::CannotBeUsedWithOthers => "{what} kann nicht zusammen mit den anderen Argumenten verwendet werden",
        Text::ValueAfterEquals => "{arg} erwartet seinen Wert nach '='",
        Text::NeedsSubcommand => "{name} braucht einen Unterbefehl",
        Text::NotUtf8 => "ein Argument ist kein gültiges UTF-8",
        Text::ArgumentMissing => "ein Argument oder ein Unterbefehl fehlt",
        Text::NotValid => "die Befehlszeile ist ungültig",
        Text::SeeHelp => " (`tapi-consts --help` erklärt die Verwendung)",
        Text::SubcommandRequired => "ein Unterbefehl ist erforderlich: {names} (`tapi-consts --help` erklärt sie)",
        Text::TheSubcommandsAre => "; die Unterbefehle sind {names}",
        Text::Hint => "; {text}",
        Text::PassAsValue => "; um {arg} als Wert zu übergeben, '-- {bare}' schreiben",
        Text::OneValueUnknown => "1 Wert ist der Wert keiner {prefix}-Konstante (als unbekannt angezeigt)",
        Text::ValuesUnknown => "{count} Werte sind der Wert keiner {prefix}-Konstante (als unbekannt angezeigt)",
        Text::OneValueBits => "1 Wert hat Bits, die keine {prefix}-Konstante hat (als unbekannt angezeigt)",
        Text::ValuesBits => "{count} Werte haben Bits, die keine {prefix}-Konstante hat (als unbekannt angezeigt)",
        Text::CannotReadStdin => "die Standardeingabe kann nicht gelesen werden: {error}",
        Text::AtLine => "Zeile {number}: {message}",
        Text::AnnotationProvider => ", Dienstanbieter",
        Text::AnnotationSuccess => "0 (Erfolg)",
        Text::AnnotationHandle => "(Handle)",
        Text::AnnotationInstance => "(Callback-Instanz)",
        Text::AnnotationPointer => "(Zeiger)",
        Text::AnnotationVendorPart => " ({bits} gerätespezifisch)",
    }
}

/// `key` in `lang` (a tag the descriptions exist in): French, German,
/// else English.
pub fn text(lang: &str, key: Text) -> &'static str {
    match Tongue::of(lang) {
        Tongue::En => en(key),
        Tongue::Fr => fr(key),
        Tongue::De => de(key),
    }
}

/// Whether the tool's words in `lang` are English: English asked for, or a
/// language it does not speak (where another library's English text, such
/// as clap's, fits the sentence).
pub fn is_english(lang: &str) -> bool {
    Tongue::of(lang) == Tongue::En
}

/// The languages the tool speaks.
#[derive(PartialEq)]
enum Tongue {
    En,
    Fr,
    De,
}

impl Tongue {
    /// By primary subtag (`fr-CA` is French); English for any other.
    fn of(lang: &str) -> Self {
        match tapi_consts::lang::primary_subtag(lang) {
            primary if primary.eq_ignore_ascii_case("fr") => Tongue::Fr,
            primary if primary.eq_ignore_ascii_case("de") => Tongue::De,
            _ => Tongue::En,
        }
    }
}

/// `text` in `lang`, each `{name}` replaced by its value, in one pass (a
/// value that holds `{…}`, such as the user's input, is not read again),
/// by the library's template reader, which its own messages use.
pub fn fill(lang: &str, key: Text, values: &[(&str, &str)]) -> String {
    struct Filled<'a>(&'a str, &'a [(&'a str, &'a str)]);
    impl fmt::Display for Filled<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            tapi_consts::__private::fill(f, self.0, |f, name| {
                match self.1.iter().find(|(wanted, _)| *wanted == name) {
                    Some((_, value)) => f.write_str(value),
                    None => write!(f, "{{{name}}}"),
                }
            })
        }
    }
    Filled(text(lang, key), values).to_string()
}

/// `a`, `a or b`, `a, b or c`: `items` joined, `last` (`Or`, `And`) in
/// `lang` before the last one.
pub fn joined(lang: &str, items: &[String], last: Text) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [head @ .., tail] => format!("{} {} {tail}", head.join(", "), text(lang, last)),
    }
}

/// The width of the widest label in `lang`, for `describe`'s column.
pub fn label_width(lang: &str) -> usize {
    Text::LABELS
        .iter()
        .map(|&label| text(lang, label).chars().count())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{de, en, fill, fr, label_width, text, Text};

    /// The `{names}` in a text, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_text_in_every_language_with_the_same_placeholders() {
        for (index, key) in Text::ALL.into_iter().enumerate() {
            assert_eq!(key as usize, index, "ALL is out of order at {key:?}");
            for (lang, text) in [("fr", fr(key)), ("de", de(key))] {
                // (Some words are the same: `description`, `Header`.)
                // As sets: a language may put them in its own order.
                let (mut ours, mut english) = (placeholders(text), placeholders(en(key)));
                ours.sort_unstable();
                english.sort_unstable();
                assert_eq!(ours, english, "{lang}: {key:?}");
                assert!(!text.is_empty(), "{lang}: {key:?}");
            }
            assert!(!en(key).is_empty(), "{key:?}");
        }
    }

    #[test]
    fn values_are_not_read_as_placeholders() {
        assert_eq!(
            fill(
                "en",
                Text::UnknownFamily,
                &[("family", "`{hint}`"), ("hint", "!")]
            ),
            "unknown family `{hint}`! (`tapi-consts list` lists them)"
        );
        assert_eq!(
            fill("en", Text::UnknownConstant, &[]),
            "unknown constant {name}"
        );
    }

    #[test]
    fn a_language_is_chosen_by_its_primary_tag_else_english() {
        assert_eq!(text("fr-CA", Text::Value), "valeur");
        assert_eq!(text("de", Text::Value), "Wert");
        assert_eq!(text("en", Text::Value), "value");
        assert_eq!(text("pt-BR", Text::Value), "value");
        assert_eq!(
            fill("de", Text::ListThem, &[("count", "6"), ("family", "X")]),
            "6 (`tapi-consts list X` listet sie auf)"
        );
        assert_eq!(label_width("en"), "description".len());
        assert_eq!(label_width("de"), "Beschreibung".len());
    }
}
