//! Address translation and dialing locations: calling cards, locations, toll lists, translation.

use tapi_consts::ConstFamily;

/// Options of a calling card, found in the `dwOptions` member of each `LINECARDENTRY` inside the
/// `LINETRANSLATECAPS` structure returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECARDOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options d’une carte d’appel, présentes dans le membre `dwOptions` de chaque `LINECARDENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.",
    de = "Optionen einer Calling Card, die im Feld `dwOptions` jedes Eintrags `LINECARDENTRY` der Struktur `LINETRANSLATECAPS` stehen, die `lineGetTranslateCaps` zurückgibt."
))]
pub enum LineCardOption {
    /// The card is one of the definitions shipped with Windows telephony. The user cannot delete it
    /// for good: removing it only hides it, so its dialing rules stay available for copying.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "La carte fait partie des définitions fournies avec la téléphonie de Windows. L’utilisateur ne peut pas la supprimer définitivement : la retirer ne fait que la masquer, si bien que ses règles de numérotation restent disponibles pour être copiées.",
        de = "Die Calling Card gehört zu den Definitionen, die mit der Windows-Telefonie ausgeliefert werden. Der Benutzer kann sie nicht endgültig löschen: Beim Entfernen wird sie nur ausgeblendet, sodass ihre Wählregeln weiterhin zum Kopieren verfügbar bleiben."
    ))]
    Predefined = 0x0000_0001,
    /// The user has hidden the card: it is left out of the main list of calling cards but still
    /// appears among the cards whose dialing rules can be copied.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’utilisateur a masqué la carte : elle n’apparaît plus dans la liste principale des cartes d’appel, mais figure toujours parmi les cartes dont on peut copier les règles de numérotation.",
        de = "Der Benutzer hat die Calling Card ausgeblendet: Sie fehlt in der Hauptliste der Calling Cards, erscheint aber weiterhin unter den Karten, deren Wählregeln kopiert werden können."
    ))]
    Hidden = 0x0000_0002,
}

/// Whether a prefix is added to or taken off the toll list of the current location (the local
/// prefixes that must nevertheless be dialed as toll calls).
///
/// Passed as `dwTollListOption` to `lineSetTollList`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETOLLLISTOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Indique si un préfixe est ajouté à la liste des préfixes taxés de l’emplacement actuel (les préfixes locaux qu’il faut pourtant composer comme des appels taxés) ou en est retiré. Valeur passée comme `dwTollListOption` à `lineSetTollList`.",
    de = "Gibt an, ob eine Vorwahl in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen oder daraus entfernt wird (also der lokalen Vorwahlen, die dennoch als gebührenpflichtige Gespräche gewählt werden müssen). Wird als `dwTollListOption` an `lineSetTollList` übergeben."
))]
pub enum LineTollListOption {
    /// Put the prefix given in `lpszAddressIn` on the toll list of the current location.
    #[tapi(doc(
        fr = "Inscrire le préfixe indiqué dans `lpszAddressIn` dans la liste des préfixes taxés de l’emplacement actuel.",
        de = "Die in `lpszAddressIn` angegebene Vorwahl wird in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen."
    ))]
    Add = 0x0000_0001,
    /// Take the prefix given in `lpszAddressIn` off the toll list of the current location.
    #[tapi(doc(
        fr = "Rayer le préfixe indiqué dans `lpszAddressIn` de la liste des préfixes taxés de l’emplacement actuel.",
        de = "Die in `lpszAddressIn` angegebene Vorwahl wird aus der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts entfernt."
    ))]
    Remove = 0x0000_0002,
}

/// Options that change how an address is turned into a dialable string.
///
/// Passed as `dwTranslateOptions` to `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSLATEOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options qui modifient la façon dont une adresse est convertie en chaîne composable. Passées comme `dwTranslateOptions` à `lineTranslateAddress`.",
    de = "Optionen, die beeinflussen, wie eine Adresse in eine Wählzeichenfolge umgesetzt wird. Sie werden als `dwTranslateOptions` an `lineTranslateAddress` übergeben."
))]
pub enum LineTranslateOption {
    /// Use the calling card given in the `dwCard` parameter instead of the location's default
    /// card.
    #[tapi(doc(
        fr = "Utiliser la carte d’appel indiquée dans le paramètre `dwCard` au lieu de la carte par défaut de l’emplacement.",
        de = "Statt der Standard-Calling-Card des Standorts wird die im Parameter `dwCard` angegebene Calling Card verwendet."
    ))]
    CardOverride = 0x0000_0001,
    /// Put the location's cancel-call-waiting sequence, if one is defined, at the start of the
    /// dialable string, so that waiting-call beeps do not disturb a data or fax call. Such
    /// applications should also set `LINECALLPARAMFLAGS_SECURE` when placing the call.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Placer au début de la chaîne composable la séquence de désactivation du signal d’appel de l’emplacement, si elle est définie, afin que les bips d’appel en attente ne perturbent pas un appel de données ou de télécopie. Ces applications doivent aussi définir `LINECALLPARAMFLAGS_SECURE` en passant l’appel.",
        de = "Die Sequenz des Standorts zum Abschalten des Anklopfens wird, sofern eine festgelegt ist, an den Anfang der Wählzeichenfolge gesetzt, damit Anklopftöne keinen Daten- oder Faxanruf stören. Solche Anwendungen sollten beim Herstellen des Anrufs außerdem `LINECALLPARAMFLAGS_SECURE` setzen."
    ))]
    CancelCallWaiting = 0x0000_0002,
    /// Translate the number as a local call, whatever the area-code rules would decide.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Convertir le numéro comme un appel local, quoi qu’en décident les règles d’indicatif régional.",
        de = "Die Nummer wird als Ortsgespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden."
    ))]
    ForceLocal = 0x0000_0004,
    /// Translate the number as a long-distance call, whatever the area-code rules would decide.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Convertir le numéro comme un appel interurbain, quoi qu’en décident les règles d’indicatif régional.",
        de = "Die Nummer wird als Ferngespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden."
    ))]
    ForceLd = 0x0000_0008,
}

/// Facts about the outcome of an address translation: how the call was classified and which
/// dial modifiers the resulting string contains.
///
/// Returned in `dwTranslateResults` of the `LINETRANSLATEOUTPUT` structure filled in by
/// `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSLATERESULT_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Informations sur le résultat d’une conversion d’adresse : classement de l’appel et modificateurs de numérotation présents dans la chaîne obtenue. Renvoyées dans `dwTranslateResults` de la structure `LINETRANSLATEOUTPUT` remplie par `lineTranslateAddress`.",
    de = "Angaben zum Ergebnis einer Adressumsetzung: wie der Anruf eingestuft wurde und welche Modifikatoren der Wählzeichenfolge das Ergebnis enthält. Sie werden in `dwTranslateResults` der Struktur `LINETRANSLATEOUTPUT` zurückgegeben, die `lineTranslateAddress` ausfüllt."
))]
pub enum LineTranslateResult {
    /// The address given for translation was a well-formed canonical address.
    #[tapi(doc(
        fr = "L’adresse fournie pour la conversion était une adresse canonique bien formée.",
        de = "Die zur Umsetzung übergebene Adresse war eine korrekt aufgebaute kanonische Adresse."
    ))]
    Canonical = 0x0000_0001,
    /// The destination's country or region code differs from the current location's, so the number was
    /// treated as an international call.
    #[tapi(doc(
        fr = "L’indicatif de pays ou de région de la destination diffère de celui de l’emplacement actuel ; le numéro a donc été traité comme un appel international.",
        de = "Die Landes- oder Regionskennzahl des Ziels unterscheidet sich von der des aktuellen Standorts; die Nummer wurde daher als Auslandsgespräch behandelt."
    ))]
    International = 0x0000_0002,
    /// The destination shares the current location's country or region code but not its area code, so
    /// the number was treated as a long-distance call.
    #[tapi(doc(
        fr = "La destination a le même indicatif de pays ou de région que l’emplacement actuel, mais pas le même indicatif régional ; le numéro a donc été traité comme un appel interurbain.",
        de = "Das Ziel hat dieselbe Landes- oder Regionskennzahl wie der aktuelle Standort, aber eine andere Ortsnetzkennzahl; die Nummer wurde daher als Ferngespräch behandelt."
    ))]
    LongDistance = 0x0000_0004,
    /// The destination has both the country or region code and the area code of the current location,
    /// so the number was treated as a local call.
    #[tapi(doc(
        fr = "La destination a à la fois l’indicatif de pays ou de région et l’indicatif régional de l’emplacement actuel ; le numéro a donc été traité comme un appel local.",
        de = "Das Ziel hat sowohl die Landes- oder Regionskennzahl als auch die Ortsnetzkennzahl des aktuellen Standorts; die Nummer wurde daher als Ortsgespräch behandelt."
    ))]
    Local = 0x0000_0008,
    /// A local number is dialed as a toll call because its prefix is on the current location's toll
    /// list.
    #[tapi(doc(
        fr = "Un numéro local est composé comme un appel taxé parce que son préfixe figure dans la liste des préfixes taxés de l’emplacement actuel.",
        de = "Eine lokale Nummer wird als gebührenpflichtiges Gespräch gewählt, weil ihre Vorwahl in der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts steht."
    ))]
    InTollList = 0x0000_0010,
    /// The country or region uses toll lists but this prefix is not on the list, so the number is
    /// dialed as local. When neither this bit nor `INTOLLLIST` is set, the country has no toll
    /// prefixes and toll-list settings should not be shown to the user.
    #[tapi(doc(
        fr = "Le pays ou la région utilise des listes de préfixes taxés, mais ce préfixe n’y figure pas ; le numéro est donc composé comme un appel local. Si ni ce bit ni `INTOLLLIST` n’est présent, le pays n’a pas de préfixes taxés et les réglages correspondants ne doivent pas être proposés à l’utilisateur.",
        de = "Das Land oder die Region verwendet Listen gebührenpflichtiger Vorwahlen, aber diese Vorwahl steht nicht darin; die Nummer wird daher als Ortsgespräch gewählt. Ist weder dieses Bit noch `INTOLLLIST` gesetzt, hat das Land keine gebührenpflichtigen Vorwahlen, und die Einstellungen zur Liste gebührenpflichtiger Vorwahlen sollten dem Benutzer nicht angezeigt werden."
    ))]
    NotInTollList = 0x0000_0020,
    /// The dialable string contains `$`, the modifier that waits for the billing (calling-card)
    /// prompt tone.
    #[tapi(doc(
        fr = "La chaîne composable contient `$`, le modificateur qui attend la tonalité d’invite de facturation (carte d’appel).",
        de = "Die Wählzeichenfolge enthält `$`, den Modifikator, der auf den Abrechnungston (die Eingabeaufforderung der Calling Card) wartet."
    ))]
    DialBilling = 0x0000_0040,
    /// The dialable string contains `@`, the modifier that waits for a quiet answer.
    #[tapi(doc(
        fr = "La chaîne composable contient `@`, le modificateur qui attend une réponse silencieuse.",
        de = "Die Wählzeichenfolge enthält `@`, den Modifikator, der auf eine stille Rufannahme wartet."
    ))]
    DialQuiet = 0x0000_0080,
    /// The dialable string contains `W`, the modifier that waits for a dial tone.
    #[tapi(doc(
        fr = "La chaîne composable contient `W`, le modificateur qui attend la tonalité de numérotation.",
        de = "Die Wählzeichenfolge enthält `W`, den Modifikator, der auf einen Wählton wartet."
    ))]
    DialDialTone = 0x0000_0100,
    /// The dialable string contains `?`, the modifier that stops and asks the user before dialing
    /// on.
    #[tapi(doc(
        fr = "La chaîne composable contient `?`, le modificateur qui s’arrête et demande confirmation à l’utilisateur avant de poursuivre.",
        de = "Die Wählzeichenfolge enthält `?`, den Modifikator, der anhält und vor dem Weiterwählen beim Benutzer nachfragt."
    ))]
    DialPrompt = 0x0000_0200,
    /// The dialable string contains `:`, the modifier that pauses until a voice prompt is detected
    /// (useful for calling-card systems that answer with speech). Reported only to applications
    /// that negotiated TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La chaîne composable contient `:`, le modificateur qui fait une pause jusqu’à la détection d’une invite vocale (utile pour les systèmes de cartes d’appel qui répondent par la voix). Indiqué uniquement aux applications ayant négocié TAPI 2.0 ou une version ultérieure.",
        de = "Die Wählzeichenfolge enthält `:`, den Modifikator, der pausiert, bis eine Sprachansage erkannt wird (nützlich bei Calling-Card-Systemen, die mit Sprache antworten). Wird nur Anwendungen gemeldet, die TAPI 2.0 oder höher ausgehandelt haben."
    ))]
    VoiceDetect = 0x0000_0400,
    /// TAPI could not translate the address because translation services are not available. Reported
    /// only to applications that negotiated TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "TAPI n’a pas pu convertir l’adresse, car les services de conversion ne sont pas disponibles. Indiqué uniquement aux applications ayant négocié TAPI 3.0 ou une version ultérieure.",
        de = "TAPI konnte die Adresse nicht umsetzen, weil keine Umsetzungsdienste verfügbar sind. Wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben."
    ))]
    NoTranslation = 0x0000_0800,
}

/// Options of a dialing location, as stored in the user's telephony configuration.
///
/// Found in `dwOptions` of each `LINELOCATIONENTRY` within the `LINETRANSLATECAPS` structure
/// returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINELOCATIONOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options d’un emplacement de numérotation, telles qu’enregistrées dans la configuration de téléphonie de l’utilisateur. Présentes dans `dwOptions` de chaque `LINELOCATIONENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.",
    de = "Optionen eines Standorts, wie sie in der Telefoniekonfiguration des Benutzers gespeichert sind. Sie stehen in `dwOptions` jedes Eintrags `LINELOCATIONENTRY` der Struktur `LINETRANSLATECAPS`, die `lineGetTranslateCaps` zurückgibt."
))]
pub enum LineLocationOption {
    /// The location dials with pulses by default, so `lineTranslateAddress` starts the dialable
    /// string with a `P` modifier; when the bit is clear it starts it with `T` (tone dialing).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’emplacement numérote par impulsions par défaut ; `lineTranslateAddress` commence donc la chaîne composable par le modificateur `P`. Si le bit est absent, elle la commence par `T` (numérotation à fréquences vocales).",
        de = "Am Standort wird standardmäßig mit Impulswahl gewählt, daher beginnt `lineTranslateAddress` die Wählzeichenfolge mit dem Modifikator `P`; ist das Bit nicht gesetzt, beginnt sie mit `T` (Tonwahl)."
    ))]
    PulseDial = 0x0000_0001,
}
