// @generated from tapi-consts/families/address.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Addresses of a line: capabilities, modes, sharing, state changes, address types and features.
/// Yes/no capabilities of an address on a line device.
///
/// Reported in the `dwAddrCapFlags` member of `LINEADDRESSCAPS`, filled in by
/// `lineGetAddressCaps`. Each bit set means the capability is present; all 32 bits are defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddrCapFlags {
    /// When forwarding on no answer, the number of rings before the call is forwarded can be
    /// chosen; the allowed range is in `dwMinFwdNumRings` and `dwMaxFwdNumRings` of
    /// `LINEADDRESSCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_FWDNUMRINGS` = `0x00000001`")]
    FwdNumRings = 0x0000_0001,
    /// Picking up a call on this address requires a pickup group identifier.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_PICKUPGROUPID` = `0x00000002`")]
    PickupGroupId = 0x0000_0002,
    /// A call made on this address can be requested as secure when it is set up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_SECURE` = `0x00000004`")]
    Secure = 0x0000_0004,
    /// By default the network withholds the caller's identity on calls made from this address;
    /// when the bit is clear, the identity is sent by default.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_BLOCKIDDEFAULT` = `0x00000008`")]
    BlockIdDefault = 0x0000_0008,
    /// The default choice between sending and withholding the caller's identity can be reversed
    /// for an individual call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_BLOCKIDOVERRIDE` = `0x00000010`")]
    BlockIdOverride = 0x0000_0010,
    /// A destination must be dialled to place a call from this address; when clear, the
    /// destination is fixed, as on a hot-line phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_DIALED` = `0x00000020`")]
    Dialed = 0x0000_0020,
    /// The calling party's phone can be taken off hook automatically when a call is placed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_ORIGOFFHOOK` = `0x00000040`")]
    OrigOffHook = 0x0000_0040,
    /// The called party's phone can be forced off hook automatically when a call is placed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_DESTOFFHOOK` = `0x00000080`")]
    DestOffHook = 0x0000_0080,
    /// Setting up call forwarding on this address goes through a consultation call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_FWDCONSULT` = `0x00000100`")]
    FwdConsult = 0x0000_0100,
    /// A conference is set up with no initial call; when clear, setting up a conference starts
    /// from an existing call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_SETUPCONFNULL` = `0x00000200`")]
    SetupConfNull = 0x0000_0200,
    /// Dropping a consultation call automatically reconnects the user to the call left on
    /// consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_AUTORECONNECT` = `0x00000400`")]
    AutoReconnect = 0x0000_0400,
    /// The completion identifiers returned by `lineCompleteCall` are meaningful and unique, so
    /// they can be used to match completions with requests.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_COMPLETIONID` = `0x00000800`")]
    CompletionId = 0x0000_0800,
    /// A call that is on hard hold (not just consultation hold) can be transferred.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_TRANSFERHELD` = `0x00001000`")]
    TransferHeld = 0x0000_1000,
    /// A brand-new call can be created to serve as the consultation call of a transfer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_TRANSFERMAKE` = `0x00002000`")]
    TransferMake = 0x0000_2000,
    /// A call that is on hard hold (not just consultation hold) can be added to a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_CONFERENCEHELD` = `0x00004000`")]
    ConferenceHeld = 0x0000_4000,
    /// A brand-new call can be created to serve as the consultation call added to a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_CONFERENCEMAKE` = `0x00008000`")]
    ConferenceMake = 0x0000_8000,
    /// The address supports partial dialling: a number can be dialled in several pieces.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_PARTIALDIAL` = `0x00010000`")]
    PartialDial = 0x0001_0000,
    /// The forwarding status reported in `LINEADDRESSSTATUS` is reliable; when clear it is only a
    /// best estimate, because the switch does not confirm it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_FWDSTATUSVALID` = `0x00020000`")]
    FwdStatusValid = 0x0002_0000,
    /// Internal and external calls can be forwarded to different destinations (meaningful only
    /// where the two kinds can be forwarded separately).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_FWDINTEXTADDR` = `0x00040000`")]
    FwdIntExtAddr = 0x0004_0000,
    /// Forwarding on busy and forwarding on no answer can use different destinations
    /// (meaningful only where the two can be set separately).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_FWDBUSYNAADDR` = `0x00080000`")]
    FwdBusyNaAddr = 0x0008_0000,
    /// An offering call must first be accepted with `lineAccept` before either end starts
    /// alerting; typical of ISDN.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_ACCEPTTOALERT` = `0x00100000`")]
    AcceptToAlert = 0x0010_0000,
    /// Dropping the parent call of a conference with `lineDrop` also disconnects the other
    /// parties; when clear, they can go on talking among themselves.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_CONFDROP` = `0x00200000`")]
    ConfDrop = 0x0020_0000,
    /// `linePickup` can be used to take a call the user has noticed as call waiting.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_PICKUPCALLWAIT` = `0x00400000`")]
    PickupCallWait = 0x0040_0000,
    /// The address has enhanced call-progress detection for outgoing calls (ringback, busy,
    /// special information tones, answer, or the kind of device that answered) and may hand calls
    /// off automatically when they reach chosen states.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_PREDICTIVEDIALER` = `0x00800000`")]
    PredictiveDialer = 0x0080_0000,
    /// The address is a queue rather than a station: calls wait there, possibly receiving a
    /// treatment, until a resource such as an ACD agent becomes free.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_QUEUE` = `0x01000000`")]
    Queue = 0x0100_0000,
    /// The address is a route point rather than a station: calls wait there for the application
    /// to redirect them, or for the switch's default routing once a timeout expires.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_ROUTEPOINT` = `0x02000000`")]
    RoutePoint = 0x0200_0000,
    /// Putting a call on hold on this address (by `lineHold` or by an outside action)
    /// automatically creates a new call, usually in the dial-tone state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_HOLDMAKESNEW` = `0x04000000`")]
    HoldMakesNew = 0x0400_0000,
    /// The address is a direct trunk line that cannot reach internal extensions on the PBX. A
    /// clear bit does not prove that internal calls are possible.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_NOINTERNALCALLS` = `0x08000000`")]
    NoInternalCalls = 0x0800_0000,
    /// The address is an internal PBX line (an intercom, say) that cannot call outside the
    /// switch. A clear bit does not prove that external calls are possible.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_NOEXTERNALCALLS` = `0x10000000`")]
    NoExternalCalls = 0x1000_0000,
    /// The application may fill in the calling party ID in `LINECALLPARAMS` when making a call;
    /// the provider passes it on to the called party if it is acceptable.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_SETCALLINGID` = `0x20000000`")]
    SetCallingId = 0x2000_0000,
    /// The address supports ACD groups for call-centre operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_ACDGROUP` = `0x40000000`")]
    AcdGroup = 0x4000_0000,
    /// Addresses dialled on this address are not translated as public telephone network
    /// numbers. Shown only to applications that negotiated TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION` = `0x80000000`")]
    NoPstnAddressTranslation = 0x8000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Yes/no capabilities of an address on a line device.\n\nReported in the `dwAddrCapFlags` member of `LINEADDRESSCAPS`, filled in by `lineGetAddressCaps`. Each bit set means the capability is present; all 32 bits are defined.When forwarding on no answer, the number of rings before the call is forwarded can be chosen; the allowed range is in `dwMinFwdNumRings` and `dwMaxFwdNumRings` of `LINEADDRESSCAPS`.Picking up a call on this address requires a pickup group identifier.A call made on this address can be requested as secure when it is set up.By default the network withholds the caller's identity on calls made from this address; when the bit is clear, the identity is sent by default.The default choice between sending and withholding the caller's identity can be reversed for an individual call.A destination must be dialled to place a call from this address; when clear, the destination is fixed, as on a hot-line phone.The calling party's phone can be taken off hook automatically when a call is placed.The called party's phone can be forced off hook automatically when a call is placed.Setting up call forwarding on this address goes through a consultation call.A conference is set up with no initial call; when clear, setting up a conference starts from an existing call.Dropping a consultation call automatically reconnects the user to the call left on consultation hold.The completion identifiers returned by `lineCompleteCall` are meaningful and unique, so they can be used to match completions with requests.A call that is on hard hold (not just consultation hold) can be transferred.A brand-new call can be created to serve as the consultation call of a transfer.A call that is on hard hold (not just consultation hold) can be added to a conference.A brand-new call can be created to serve as the consultation call added to a conference.The address supports partial dialling: a number can be dialled in several pieces.The forwarding status reported in `LINEADDRESSSTATUS` is reliable; when clear it is only a best estimate, because the switch does not confirm it.Internal and external calls can be forwarded to different destinations (meaningful only where the two kinds can be forwarded separately).Forwarding on busy and forwarding on no answer can use different destinations (meaningful only where the two can be set separately).An offering call must first be accepted with `lineAccept` before either end starts alerting; typical of ISDN.Dropping the parent call of a conference with `lineDrop` also disconnects the other parties; when clear, they can go on talking among themselves.`linePickup` can be used to take a call the user has noticed as call waiting.The address has enhanced call-progress detection for outgoing calls (ringback, busy, special information tones, answer, or the kind of device that answered) and may hand calls off automatically when they reach chosen states.The address is a queue rather than a station: calls wait there, possibly receiving a treatment, until a resource such as an ACD agent becomes free.The address is a route point rather than a station: calls wait there for the application to redirect them, or for the switch's default routing once a timeout expires.Putting a call on hold on this address (by `lineHold` or by an outside action) automatically creates a new call, usually in the dial-tone state.The address is a direct trunk line that cannot reach internal extensions on the PBX. A clear bit does not prove that internal calls are possible.The address is an internal PBX line (an intercom, say) that cannot call outside the switch. A clear bit does not prove that external calls are possible.The application may fill in the calling party ID in `LINECALLPARAMS` when making a call; the provider passes it on to the called party if it is acceptable.The address supports ACD groups for call-centre operation.Addresses dialled on this address are not translated as public telephone network numbers. Shown only to applications that negotiated TAPI 3.0 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ja/Nein-Fähigkeiten einer Adresse eines Leitungsgeräts; sie werden im Feld `dwAddrCapFlags` der Struktur `LINEADDRESSCAPS` gemeldet, die `lineGetAddressCaps` ausfüllt. Jedes gesetzte Bit bedeutet, dass die Fähigkeit vorhanden ist; alle 32 Bits sind belegt.Bei einer Rufumleitung bei Nichtmelden lässt sich festlegen, nach wie vielen Klingelzeichen der Anruf weitergeleitet wird; der zulässige Bereich steht in `dwMinFwdNumRings` und `dwMaxFwdNumRings` von `LINEADDRESSCAPS`.Das Heranholen eines Anrufs auf dieser Adresse erfordert die Kennung einer Heranholgruppe.Ein Anruf von dieser Adresse kann beim Verbindungsaufbau als gesicherter Anruf angefordert werden.Standardmäßig unterdrückt das Netz bei Anrufen von dieser Adresse die Kennungsangaben des Anrufers; ist das Bit nicht gesetzt, werden sie standardmäßig übermittelt.Die Standardvorgabe, ob die Kennungsangaben des Anrufers übermittelt oder unterdrückt werden, lässt sich für einen einzelnen Anruf umkehren.Für einen Anruf von dieser Adresse muss ein Ziel gewählt werden; ist das Bit nicht gesetzt, ist das Ziel fest vorgegeben, wie bei einem Telefon mit Direktruf (Hotline).Das Telefon des Anrufers kann beim Tätigen eines Anrufs automatisch abgehoben werden.Das Telefon des angerufenen Teilnehmers kann beim Tätigen eines Anrufs automatisch zwangsweise in den abgehobenen Zustand versetzt werden.Das Einrichten einer Rufumleitung auf dieser Adresse erfolgt über einen Rückfrageanruf.Eine Konferenz wird ohne Ausgangsanruf eingerichtet; ist das Bit nicht gesetzt, geht das Einrichten einer Konferenz von einem bestehenden Anruf aus.Wird ein Rückfrageanruf beendet, wird der Benutzer automatisch wieder mit dem Anruf verbunden, der zur Rückfrage gehalten wurde.Die von `lineCompleteCall` zurückgegebenen Kennungen der Anrufvervollständigung sind aussagekräftig und eindeutig; mit ihnen lässt sich daher jede Anrufvervollständigung ihrer Anforderung zuordnen.Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann übergeben werden.Ein völlig neuer Anruf kann erzeugt werden, der bei einer Übergabe als Rückfrageanruf dient.Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann einer Konferenz hinzugefügt werden.Ein völlig neuer Anruf kann erzeugt werden, der als Rückfrageanruf einer Konferenz hinzugefügt wird.Die Adresse unterstützt Teilwahl: Eine Nummer kann in mehreren Teilen gewählt werden.Der in `LINEADDRESSSTATUS` gemeldete Status der Rufumleitung ist zuverlässig; ist das Bit nicht gesetzt, ist er nur eine bestmögliche Schätzung, da die Vermittlung ihn nicht bestätigt.Für interne und externe Anrufe können unterschiedliche Ziele der Rufumleitung festgelegt werden (nur sinnvoll, wenn sich für beide Arten getrennt eine Rufumleitung einrichten lässt).Rufumleitung bei Besetzt und Rufumleitung bei Nichtmelden können unterschiedliche Ziele haben (nur sinnvoll, wenn sich beide getrennt einstellen lassen).Ein angebotener Anruf muss erst mit `lineAccept` akzeptiert werden, bevor an einem der beiden Enden der Ruf signalisiert wird; das ist typisch für ISDN.Wird der übergeordnete Anruf einer Konferenz mit `lineDrop` beendet, werden auch die übrigen Teilnehmer getrennt; ist das Bit nicht gesetzt, können diese weiter miteinander sprechen.Mit `linePickup` lässt sich ein Anruf annehmen, den der Benutzer durch Anklopfen bemerkt hat.Die Adresse verfügt über eine erweiterte Erkennung des Anrufverlaufs bei ausgehenden Anrufen (Freiton, Besetztton, Sonderinformationstöne, Annahme des Anrufs oder Art des Geräts, das angenommen hat) und kann Anrufe, die bestimmte Zustände erreichen, automatisch übergeben.Die Adresse ist keine Nebenstelle, sondern eine Warteschlange: Anrufe warten dort, gegebenenfalls mit einer Anrufbehandlung, bis eine Ressource wie ein ACD-Agent frei wird.Die Adresse ist keine Nebenstelle, sondern ein Routingpunkt: Anrufe warten dort, bis die Anwendung sie umleitet oder die Vermittlung nach Ablauf eines Zeitlimits ihr Standardrouting anwendet.Wird ein Anruf auf dieser Adresse gehalten (durch `lineHold` oder durch eine Aktion von außen), entsteht automatisch ein neuer Anruf, meist im Wählton-Zustand.Die Adresse ist eine direkte Amtsleitung, über die keine internen Nebenstellen der Nebenstellenanlage erreichbar sind. Ein nicht gesetztes Bit beweist nicht, dass interne Anrufe möglich sind.Die Adresse ist eine interne Leitung der Nebenstellenanlage (etwa eine Gegensprechanlage), von der aus keine Anrufe außerhalb der Vermittlung möglich sind. Ein nicht gesetztes Bit beweist nicht, dass externe Anrufe möglich sind.Die Anwendung kann beim Tätigen eines Anrufs die Kennungsangaben des Anrufers in `LINECALLPARAMS` angeben; der Anbieter übermittelt sie an den angerufenen Teilnehmer, sofern sie zulässig sind.Die Adresse unterstützt ACD-Gruppen für den Callcenter-Betrieb.Auf dieser Adresse gewählte Adressen werden nicht als Nummern des öffentlichen Telefonnetzes umgesetzt. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher ausgehandelt haben."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Capacités booléennes d’une adresse d’un périphérique de ligne, indiquées dans le membre `dwAddrCapFlags` de `LINEADDRESSCAPS`, que remplit `lineGetAddressCaps`.Lors d’un renvoi sur non-réponse, le nombre de sonneries avant le renvoi peut être choisi ; la plage autorisée figure dans `dwMinFwdNumRings` et `dwMaxFwdNumRings` de `LINEADDRESSCAPS`.L’interception d’un appel sur cette adresse exige l’identifiant d’un groupe d’interception.Un appel passé sur cette adresse peut être demandé comme sécurisé dès son établissement.Par défaut, le réseau masque l’identité de l’appelant pour les appels passés depuis cette adresse ; si le bit est à zéro, l’identité est transmise par défaut.Le choix par défaut entre transmission et masquage de l’identité de l’appelant peut être inversé pour un appel donné.Il faut composer une destination pour appeler depuis cette adresse ; si le bit est à zéro, la destination est fixe, comme sur une ligne directe (hot line).Le téléphone de l’appelant peut être décroché automatiquement lorsqu’un appel est passé.Le téléphone de l’appelé peut être forcé à décrocher automatiquement lorsqu’un appel est passé.La mise en place d’un renvoi sur cette adresse passe par un appel de consultation.Une conférence se met en place sans appel initial ; si le bit est à zéro, elle part d’un appel existant.Mettre fin à un appel de consultation reconnecte automatiquement l’utilisateur à l’appel laissé en attente de consultation.Les identifiants d’achèvement renvoyés par `lineCompleteCall` sont significatifs et uniques, et permettent donc de rapprocher chaque achèvement de sa demande.Un appel en attente ferme (et pas seulement en attente de consultation) peut être transféré.Un appel entièrement nouveau peut être créé pour servir d’appel de consultation lors d’un transfert.Un appel en attente ferme (et pas seulement en attente de consultation) peut être ajouté à une conférence.Un appel entièrement nouveau peut être créé pour servir d’appel de consultation à ajouter à une conférence.L’adresse accepte la numérotation partielle : un numéro peut être composé en plusieurs fois.L’état de renvoi indiqué dans `LINEADDRESSSTATUS` est fiable ; si le bit est à zéro, ce n’est qu’une estimation, faute de confirmation par le commutateur.Les appels internes et externes peuvent être renvoyés vers des destinations différentes (n’a de sens que si ces deux catégories peuvent être renvoyées séparément).Le renvoi sur occupation et le renvoi sur non-réponse peuvent viser des destinations différentes (n’a de sens que s’ils se règlent séparément).Un appel présenté doit d’abord être accepté par `lineAccept` avant que la sonnerie ne se déclenche à l’une ou l’autre extrémité ; c’est typique du RNIS.Mettre fin à l’appel parent d’une conférence avec `lineDrop` déconnecte aussi les autres participants ; si le bit est à zéro, ceux-ci peuvent continuer à se parler.`linePickup` permet de prendre un appel que l’utilisateur a repéré grâce au signal d’appel.L’adresse dispose d’une détection évoluée de la progression des appels sortants (retour d’appel, occupation, tonalités d’information spéciales, réponse, ou type d’équipement qui a répondu) et peut transférer automatiquement les appels qui atteignent certains états.L’adresse est une file d’attente et non un poste : les appels y patientent, éventuellement avec un traitement d’appel, jusqu’à ce qu’une ressource, par exemple un agent ACD, se libère.L’adresse est un point de routage et non un poste : les appels y attendent que l’application les redirige, ou que le commutateur applique son routage par défaut à l’expiration d’un délai.La mise en attente d’un appel sur cette adresse (par `lineHold` ou par une action extérieure) crée automatiquement un nouvel appel, généralement à l’état tonalité de numérotation.L’adresse est une ligne réseau directe qui ne peut pas joindre les postes internes du PABX. Un bit à zéro ne garantit pas pour autant que les appels internes soient possibles.L’adresse est une ligne interne du PABX (un interphone, par exemple) qui ne peut pas appeler hors du commutateur. Un bit à zéro ne garantit pas pour autant que les appels externes soient possibles.L’application peut renseigner l’identité de l’appelant dans `LINECALLPARAMS` lorsqu’elle passe un appel ; le fournisseur la transmet à l’appelé si elle est acceptable.L’adresse prend en charge les groupes ACD utilisés dans les centres d’appels.Les adresses composées sur cette adresse ne sont pas traduites comme des numéros du réseau téléphonique public. Visible uniquement par les applications ayant négocié TAPI 3.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddrCapFlags",
            prefix: "LINEADDRCAPFLAGS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4294967295u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEADDRCAPFLAGS_FWDNUMRINGS",
                    "LINEADDRCAPFLAGS_PICKUPGROUPID",
                    "LINEADDRCAPFLAGS_SECURE",
                    "LINEADDRCAPFLAGS_BLOCKIDDEFAULT",
                    "LINEADDRCAPFLAGS_BLOCKIDOVERRIDE",
                    "LINEADDRCAPFLAGS_DIALED",
                    "LINEADDRCAPFLAGS_ORIGOFFHOOK",
                    "LINEADDRCAPFLAGS_DESTOFFHOOK",
                    "LINEADDRCAPFLAGS_FWDCONSULT",
                    "LINEADDRCAPFLAGS_SETUPCONFNULL",
                    "LINEADDRCAPFLAGS_AUTORECONNECT",
                    "LINEADDRCAPFLAGS_COMPLETIONID",
                    "LINEADDRCAPFLAGS_TRANSFERHELD",
                    "LINEADDRCAPFLAGS_TRANSFERMAKE",
                    "LINEADDRCAPFLAGS_CONFERENCEHELD",
                    "LINEADDRCAPFLAGS_CONFERENCEMAKE",
                    "LINEADDRCAPFLAGS_PARTIALDIAL",
                    "LINEADDRCAPFLAGS_FWDSTATUSVALID",
                    "LINEADDRCAPFLAGS_FWDINTEXTADDR",
                    "LINEADDRCAPFLAGS_FWDBUSYNAADDR",
                    "LINEADDRCAPFLAGS_ACCEPTTOALERT",
                    "LINEADDRCAPFLAGS_CONFDROP",
                    "LINEADDRCAPFLAGS_PICKUPCALLWAIT",
                    "LINEADDRCAPFLAGS_PREDICTIVEDIALER",
                    "LINEADDRCAPFLAGS_QUEUE",
                    "LINEADDRCAPFLAGS_ROUTEPOINT",
                    "LINEADDRCAPFLAGS_HOLDMAKESNEW",
                    "LINEADDRCAPFLAGS_NOINTERNALCALLS",
                    "LINEADDRCAPFLAGS_NOEXTERNALCALLS",
                    "LINEADDRCAPFLAGS_SETCALLINGID",
                    "LINEADDRCAPFLAGS_ACDGROUP",
                    "LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64, 33554432u64, 67108864u64, 134217728u64,
                    268435456u64, 536870912u64, 1073741824u64, 2147483648u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDC\0\0\0\0\0\0\0\x04\x01\0\0\0\0\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0\xDC\0\0\0\xB5\0\0\0\x04\x01\0\0\xDC\0\0\0\xA9\0\0\0\xBE\0\0\0\xFF\xFF\0\0\0\0\x91\x01\0\0E\0\0\0\xE0\x01\0\0Z\0\0\0g\x01\0\0e\0\0\0\xFF\xFF\0\0\0\0\xD6\x01\0\0I\0\0\0:\x02\0\0b\0\0\0\xCC\x01\0\0_\0\0\0\xFF\xFF\0\0\0\0\x1F\x02\0\0\x8F\0\0\0\x9C\x02\0\0\xAA\0\0\0+\x02\0\0\xAC\0\0\0\xFF\xFF\0\0\0\0\xAE\x02\0\0p\0\0\0F\x03\0\0\x90\0\0\0\xD7\x02\0\0~\0\0\0\xFF\xFF\0\0\0\0\x1E\x03\0\0~\0\0\0\xD6\x03\0\0\xAA\0\0\0U\x03\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0\x9C\x03\0\0T\0\0\0\x80\x04\0\0V\0\0\0\xF2\x03\0\0b\0\0\0\xFF\xFF\0\0\0\0\xF0\x03\0\0T\0\0\0\xD6\x04\0\0\x8B\0\0\0T\x04\0\0k\0\0\0\xFF\xFF\0\0\0\0D\x04\0\0L\0\0\0a\x05\0\0Y\0\0\0\xBF\x04\0\0T\0\0\0\xFF\xFF\0\0\0\0\x90\x04\0\0n\0\0\0\xBA\x05\0\0\x94\0\0\0\x13\x05\0\0m\0\0\0\xFF\xFF\0\0\0\0\xFE\x04\0\0e\0\0\0N\x06\0\0\x82\0\0\0\x80\x05\0\0\x82\0\0\0\xFF\xFF\0\0\0\0c\x05\0\0\x8C\0\0\0\xD0\x06\0\0\xCA\0\0\0\x02\x06\0\0\xA3\0\0\0\xFF\xFF\0\0\0\0\xEF\x05\0\0L\0\0\0\x9A\x07\0\0U\0\0\0\xA5\x06\0\0_\0\0\0\xFF\xFF\0\0\0\0;\x06\0\0P\0\0\0\xEF\x07\0\0_\0\0\0\x04\x07\0\0l\0\0\0\xFF\xFF\0\0\0\0\x8B\x06\0\0V\0\0\0N\x08\0\0g\0\0\0p\x07\0\0n\0\0\0\xFF\xFF\0\0\0\0\xE1\x06\0\0X\0\0\0\xB5\x08\0\0g\0\0\0\xDE\x07\0\0t\0\0\0\xFF\xFF\0\0\0\09\x07\0\0Q\0\0\0\x1C\t\0\0W\0\0\0R\x08\0\0b\0\0\0\xFF\xFF\0\0\0\0\x8A\x07\0\0\x91\0\0\0s\t\0\0\xBC\0\0\0\xB4\x08\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\x1B\x08\0\0\x89\0\0\0/\n\0\0\xBA\0\0\0X\t\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\xA4\x08\0\0\x84\0\0\0\xE9\n\0\0\x9A\0\0\0\x05\n\0\0\x98\0\0\0\xFF\xFF\0\0\0\0(\t\0\0m\0\0\0\x83\x0B\0\0\x99\0\0\0\x9D\n\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\x95\t\0\0\x91\0\0\0\x1C\x0C\0\0\xB9\0\0\0E\x0B\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0&\n\0\0M\0\0\0\xD5\x0C\0\0^\0\0\0\xF3\x0B\0\0b\0\0\0\x02\0\0\0\0\0s\n\0\0\xE0\0\0\x003\r\0\0\x16\x01\0\0U\x0C\0\0\x1D\x01\0\0\x02\0\0\0\0\0S\x0B\0\0\x93\0\0\0I\x0E\0\0\xAC\0\0\0r\r\0\0\xC5\0\0\0\x02\0\0\0\0\0\xE6\x0B\0\0\xA6\0\0\0\xF5\x0E\0\0\xBF\0\0\x007\x0E\0\0\xC6\0\0\0\x02\0\0\0\0\0\x8C\x0C\0\0\x90\0\0\0\xB4\x0F\0\0\xA1\0\0\0\xFD\x0E\0\0\xBF\0\0\0\x02\0\0\0\0\0\x1C\r\0\0\x91\0\0\0U\x10\0\0\xC1\0\0\0\xBC\x0F\0\0\xB4\0\0\0\x02\0\0\0\0\0\xAD\r\0\0\x98\0\0\0\x16\x11\0\0\xE7\0\0\0p\x10\0\0\xC9\0\0\0\x02\0\0\0\0\0E\x0E\0\0\x9B\0\0\0\xFD\x11\0\0\xC3\0\0\09\x11\0\0\xB4\0\0\0\x02\x02\0\0\0\0\xE0\x0E\0\0:\0\0\0\xC0\x12\0\0A\0\0\0\xED\x11\0\0R\0\0\0\x03\0\0\0\0\0\x1A\x0F\0\0\x97\0\0\0\x01\x13\0\0\xB5\0\0\0?\x12\0\0\xD1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRCAPFLAGS_FWDNUMRINGS",
                        "LINEADDRCAPFLAGS_PICKUPGROUPID",
                        "LINEADDRCAPFLAGS_SECURE",
                        "LINEADDRCAPFLAGS_BLOCKIDDEFAULT",
                        "LINEADDRCAPFLAGS_BLOCKIDOVERRIDE",
                        "LINEADDRCAPFLAGS_DIALED",
                        "LINEADDRCAPFLAGS_ORIGOFFHOOK",
                        "LINEADDRCAPFLAGS_DESTOFFHOOK",
                        "LINEADDRCAPFLAGS_FWDCONSULT",
                        "LINEADDRCAPFLAGS_SETUPCONFNULL",
                        "LINEADDRCAPFLAGS_AUTORECONNECT",
                        "LINEADDRCAPFLAGS_COMPLETIONID",
                        "LINEADDRCAPFLAGS_TRANSFERHELD",
                        "LINEADDRCAPFLAGS_TRANSFERMAKE",
                        "LINEADDRCAPFLAGS_CONFERENCEHELD",
                        "LINEADDRCAPFLAGS_CONFERENCEMAKE",
                        "LINEADDRCAPFLAGS_PARTIALDIAL",
                        "LINEADDRCAPFLAGS_FWDSTATUSVALID",
                        "LINEADDRCAPFLAGS_FWDINTEXTADDR",
                        "LINEADDRCAPFLAGS_FWDBUSYNAADDR",
                        "LINEADDRCAPFLAGS_ACCEPTTOALERT",
                        "LINEADDRCAPFLAGS_CONFDROP",
                        "LINEADDRCAPFLAGS_PICKUPCALLWAIT",
                        "LINEADDRCAPFLAGS_PREDICTIVEDIALER",
                        "LINEADDRCAPFLAGS_QUEUE",
                        "LINEADDRCAPFLAGS_ROUTEPOINT",
                        "LINEADDRCAPFLAGS_HOLDMAKESNEW",
                        "LINEADDRCAPFLAGS_NOINTERNALCALLS",
                        "LINEADDRCAPFLAGS_NOEXTERNALCALLS",
                        "LINEADDRCAPFLAGS_SETCALLINGID",
                        "LINEADDRCAPFLAGS_ACDGROUP",
                        "LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION",
                        "FWDNUMRINGS",
                        "PICKUPGROUPID",
                        "SECURE",
                        "BLOCKIDDEFAULT",
                        "BLOCKIDOVERRIDE",
                        "DIALED",
                        "ORIGOFFHOOK",
                        "DESTOFFHOOK",
                        "FWDCONSULT",
                        "SETUPCONFNULL",
                        "AUTORECONNECT",
                        "COMPLETIONID",
                        "TRANSFERHELD",
                        "TRANSFERMAKE",
                        "CONFERENCEHELD",
                        "CONFERENCEMAKE",
                        "PARTIALDIAL",
                        "FWDSTATUSVALID",
                        "FWDINTEXTADDR",
                        "FWDBUSYNAADDR",
                        "ACCEPTTOALERT",
                        "CONFDROP",
                        "PICKUPCALLWAIT",
                        "PREDICTIVEDIALER",
                        "QUEUE",
                        "ROUTEPOINT",
                        "HOLDMAKESNEW",
                        "NOINTERNALCALLS",
                        "NOEXTERNALCALLS",
                        "SETCALLINGID",
                        "ACDGROUP",
                        "NOPSTNADDRESSTRANSLATION",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0",
                    bit_terms: &[
                        " | LINEADDRCAPFLAGS_FWDNUMRINGS",
                        " | LINEADDRCAPFLAGS_PICKUPGROUPID",
                        " | LINEADDRCAPFLAGS_SECURE",
                        " | LINEADDRCAPFLAGS_BLOCKIDDEFAULT",
                        " | LINEADDRCAPFLAGS_BLOCKIDOVERRIDE",
                        " | LINEADDRCAPFLAGS_DIALED",
                        " | LINEADDRCAPFLAGS_ORIGOFFHOOK",
                        " | LINEADDRCAPFLAGS_DESTOFFHOOK",
                        " | LINEADDRCAPFLAGS_FWDCONSULT",
                        " | LINEADDRCAPFLAGS_SETUPCONFNULL",
                        " | LINEADDRCAPFLAGS_AUTORECONNECT",
                        " | LINEADDRCAPFLAGS_COMPLETIONID",
                        " | LINEADDRCAPFLAGS_TRANSFERHELD",
                        " | LINEADDRCAPFLAGS_TRANSFERMAKE",
                        " | LINEADDRCAPFLAGS_CONFERENCEHELD",
                        " | LINEADDRCAPFLAGS_CONFERENCEMAKE",
                        " | LINEADDRCAPFLAGS_PARTIALDIAL",
                        " | LINEADDRCAPFLAGS_FWDSTATUSVALID",
                        " | LINEADDRCAPFLAGS_FWDINTEXTADDR",
                        " | LINEADDRCAPFLAGS_FWDBUSYNAADDR",
                        " | LINEADDRCAPFLAGS_ACCEPTTOALERT",
                        " | LINEADDRCAPFLAGS_CONFDROP",
                        " | LINEADDRCAPFLAGS_PICKUPCALLWAIT",
                        " | LINEADDRCAPFLAGS_PREDICTIVEDIALER",
                        " | LINEADDRCAPFLAGS_QUEUE",
                        " | LINEADDRCAPFLAGS_ROUTEPOINT",
                        " | LINEADDRCAPFLAGS_HOLDMAKESNEW",
                        " | LINEADDRCAPFLAGS_NOINTERNALCALLS",
                        " | LINEADDRCAPFLAGS_NOEXTERNALCALLS",
                        " | LINEADDRCAPFLAGS_SETCALLINGID",
                        " | LINEADDRCAPFLAGS_ACDGROUP",
                        " | LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 3535958499838098123u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF?\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\x000\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x15\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF.\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\x16\0\x16\0\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x12\0\xFF\xFF\xFF\xFF\"\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF8\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF>\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x0C\0 \0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x11\0\xFF\xFF\xFF\xFF6\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x0F\0\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRCAPFLAGS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddrCapFlags>`](::tapi_consts::Flags), named [`LineAddrCapFlagsSet`](crate::families::LineAddrCapFlagsSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEADDRCAPFLAGS_FWDNUMRINGS` | `0x00000001` |  |\n| `LINEADDRCAPFLAGS_PICKUPGROUPID` | `0x00000002` |  |\n| `LINEADDRCAPFLAGS_SECURE` | `0x00000004` |  |\n| `LINEADDRCAPFLAGS_BLOCKIDDEFAULT` | `0x00000008` |  |\n| `LINEADDRCAPFLAGS_BLOCKIDOVERRIDE` | `0x00000010` |  |\n| `LINEADDRCAPFLAGS_DIALED` | `0x00000020` |  |\n| `LINEADDRCAPFLAGS_ORIGOFFHOOK` | `0x00000040` |  |\n| `LINEADDRCAPFLAGS_DESTOFFHOOK` | `0x00000080` |  |\n| `LINEADDRCAPFLAGS_FWDCONSULT` | `0x00000100` |  |\n| `LINEADDRCAPFLAGS_SETUPCONFNULL` | `0x00000200` |  |\n| `LINEADDRCAPFLAGS_AUTORECONNECT` | `0x00000400` |  |\n| `LINEADDRCAPFLAGS_COMPLETIONID` | `0x00000800` |  |\n| `LINEADDRCAPFLAGS_TRANSFERHELD` | `0x00001000` |  |\n| `LINEADDRCAPFLAGS_TRANSFERMAKE` | `0x00002000` |  |\n| `LINEADDRCAPFLAGS_CONFERENCEHELD` | `0x00004000` |  |\n| `LINEADDRCAPFLAGS_CONFERENCEMAKE` | `0x00008000` |  |\n| `LINEADDRCAPFLAGS_PARTIALDIAL` | `0x00010000` |  |\n| `LINEADDRCAPFLAGS_FWDSTATUSVALID` | `0x00020000` |  |\n| `LINEADDRCAPFLAGS_FWDINTEXTADDR` | `0x00040000` |  |\n| `LINEADDRCAPFLAGS_FWDBUSYNAADDR` | `0x00080000` |  |\n| `LINEADDRCAPFLAGS_ACCEPTTOALERT` | `0x00100000` |  |\n| `LINEADDRCAPFLAGS_CONFDROP` | `0x00200000` |  |\n| `LINEADDRCAPFLAGS_PICKUPCALLWAIT` | `0x00400000` |  |\n| `LINEADDRCAPFLAGS_PREDICTIVEDIALER` | `0x00800000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_QUEUE` | `0x01000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_ROUTEPOINT` | `0x02000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_HOLDMAKESNEW` | `0x04000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_NOINTERNALCALLS` | `0x08000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_NOEXTERNALCALLS` | `0x10000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_SETCALLINGID` | `0x20000000` | TAPI 2.0 |\n| `LINEADDRCAPFLAGS_ACDGROUP` | `0x40000000` | TAPI 2.2 |\n| `LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION` | `0x80000000` | TAPI 3.0 |\n\n# Deutsch\n\nJa/Nein-Fähigkeiten einer Adresse eines Leitungsgeräts; sie werden im Feld `dwAddrCapFlags` der Struktur `LINEADDRESSCAPS` gemeldet, die `lineGetAddressCaps` ausfüllt. Jedes gesetzte Bit bedeutet, dass die Fähigkeit vorhanden ist; alle 32 Bits sind belegt.\n\n- `LINEADDRCAPFLAGS_FWDNUMRINGS`: Bei einer Rufumleitung bei Nichtmelden lässt sich festlegen, nach wie vielen Klingelzeichen der Anruf weitergeleitet wird; der zulässige Bereich steht in `dwMinFwdNumRings` und `dwMaxFwdNumRings` von `LINEADDRESSCAPS`.\n- `LINEADDRCAPFLAGS_PICKUPGROUPID`: Das Heranholen eines Anrufs auf dieser Adresse erfordert die Kennung einer Heranholgruppe.\n- `LINEADDRCAPFLAGS_SECURE`: Ein Anruf von dieser Adresse kann beim Verbindungsaufbau als gesicherter Anruf angefordert werden.\n- `LINEADDRCAPFLAGS_BLOCKIDDEFAULT`: Standardmäßig unterdrückt das Netz bei Anrufen von dieser Adresse die Kennungsangaben des Anrufers; ist das Bit nicht gesetzt, werden sie standardmäßig übermittelt.\n- `LINEADDRCAPFLAGS_BLOCKIDOVERRIDE`: Die Standardvorgabe, ob die Kennungsangaben des Anrufers übermittelt oder unterdrückt werden, lässt sich für einen einzelnen Anruf umkehren.\n- `LINEADDRCAPFLAGS_DIALED`: Für einen Anruf von dieser Adresse muss ein Ziel gewählt werden; ist das Bit nicht gesetzt, ist das Ziel fest vorgegeben, wie bei einem Telefon mit Direktruf (Hotline).\n- `LINEADDRCAPFLAGS_ORIGOFFHOOK`: Das Telefon des Anrufers kann beim Tätigen eines Anrufs automatisch abgehoben werden.\n- `LINEADDRCAPFLAGS_DESTOFFHOOK`: Das Telefon des angerufenen Teilnehmers kann beim Tätigen eines Anrufs automatisch zwangsweise in den abgehobenen Zustand versetzt werden.\n- `LINEADDRCAPFLAGS_FWDCONSULT`: Das Einrichten einer Rufumleitung auf dieser Adresse erfolgt über einen Rückfrageanruf.\n- `LINEADDRCAPFLAGS_SETUPCONFNULL`: Eine Konferenz wird ohne Ausgangsanruf eingerichtet; ist das Bit nicht gesetzt, geht das Einrichten einer Konferenz von einem bestehenden Anruf aus.\n- `LINEADDRCAPFLAGS_AUTORECONNECT`: Wird ein Rückfrageanruf beendet, wird der Benutzer automatisch wieder mit dem Anruf verbunden, der zur Rückfrage gehalten wurde.\n- `LINEADDRCAPFLAGS_COMPLETIONID`: Die von `lineCompleteCall` zurückgegebenen Kennungen der Anrufvervollständigung sind aussagekräftig und eindeutig; mit ihnen lässt sich daher jede Anrufvervollständigung ihrer Anforderung zuordnen.\n- `LINEADDRCAPFLAGS_TRANSFERHELD`: Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann übergeben werden.\n- `LINEADDRCAPFLAGS_TRANSFERMAKE`: Ein völlig neuer Anruf kann erzeugt werden, der bei einer Übergabe als Rückfrageanruf dient.\n- `LINEADDRCAPFLAGS_CONFERENCEHELD`: Ein fest gehaltener Anruf (nicht nur zur Rückfrage gehalten) kann einer Konferenz hinzugefügt werden.\n- `LINEADDRCAPFLAGS_CONFERENCEMAKE`: Ein völlig neuer Anruf kann erzeugt werden, der als Rückfrageanruf einer Konferenz hinzugefügt wird.\n- `LINEADDRCAPFLAGS_PARTIALDIAL`: Die Adresse unterstützt Teilwahl: Eine Nummer kann in mehreren Teilen gewählt werden.\n- `LINEADDRCAPFLAGS_FWDSTATUSVALID`: Der in `LINEADDRESSSTATUS` gemeldete Status der Rufumleitung ist zuverlässig; ist das Bit nicht gesetzt, ist er nur eine bestmögliche Schätzung, da die Vermittlung ihn nicht bestätigt.\n- `LINEADDRCAPFLAGS_FWDINTEXTADDR`: Für interne und externe Anrufe können unterschiedliche Ziele der Rufumleitung festgelegt werden (nur sinnvoll, wenn sich für beide Arten getrennt eine Rufumleitung einrichten lässt).\n- `LINEADDRCAPFLAGS_FWDBUSYNAADDR`: Rufumleitung bei Besetzt und Rufumleitung bei Nichtmelden können unterschiedliche Ziele haben (nur sinnvoll, wenn sich beide getrennt einstellen lassen).\n- `LINEADDRCAPFLAGS_ACCEPTTOALERT`: Ein angebotener Anruf muss erst mit `lineAccept` akzeptiert werden, bevor an einem der beiden Enden der Ruf signalisiert wird; das ist typisch für ISDN.\n- `LINEADDRCAPFLAGS_CONFDROP`: Wird der übergeordnete Anruf einer Konferenz mit `lineDrop` beendet, werden auch die übrigen Teilnehmer getrennt; ist das Bit nicht gesetzt, können diese weiter miteinander sprechen.\n- `LINEADDRCAPFLAGS_PICKUPCALLWAIT`: Mit `linePickup` lässt sich ein Anruf annehmen, den der Benutzer durch Anklopfen bemerkt hat.\n- `LINEADDRCAPFLAGS_PREDICTIVEDIALER`: Die Adresse verfügt über eine erweiterte Erkennung des Anrufverlaufs bei ausgehenden Anrufen (Freiton, Besetztton, Sonderinformationstöne, Annahme des Anrufs oder Art des Geräts, das angenommen hat) und kann Anrufe, die bestimmte Zustände erreichen, automatisch übergeben.\n- `LINEADDRCAPFLAGS_QUEUE`: Die Adresse ist keine Nebenstelle, sondern eine Warteschlange: Anrufe warten dort, gegebenenfalls mit einer Anrufbehandlung, bis eine Ressource wie ein ACD-Agent frei wird.\n- `LINEADDRCAPFLAGS_ROUTEPOINT`: Die Adresse ist keine Nebenstelle, sondern ein Routingpunkt: Anrufe warten dort, bis die Anwendung sie umleitet oder die Vermittlung nach Ablauf eines Zeitlimits ihr Standardrouting anwendet.\n- `LINEADDRCAPFLAGS_HOLDMAKESNEW`: Wird ein Anruf auf dieser Adresse gehalten (durch `lineHold` oder durch eine Aktion von außen), entsteht automatisch ein neuer Anruf, meist im Wählton-Zustand.\n- `LINEADDRCAPFLAGS_NOINTERNALCALLS`: Die Adresse ist eine direkte Amtsleitung, über die keine internen Nebenstellen der Nebenstellenanlage erreichbar sind. Ein nicht gesetztes Bit beweist nicht, dass interne Anrufe möglich sind.\n- `LINEADDRCAPFLAGS_NOEXTERNALCALLS`: Die Adresse ist eine interne Leitung der Nebenstellenanlage (etwa eine Gegensprechanlage), von der aus keine Anrufe außerhalb der Vermittlung möglich sind. Ein nicht gesetztes Bit beweist nicht, dass externe Anrufe möglich sind.\n- `LINEADDRCAPFLAGS_SETCALLINGID`: Die Anwendung kann beim Tätigen eines Anrufs die Kennungsangaben des Anrufers in `LINECALLPARAMS` angeben; der Anbieter übermittelt sie an den angerufenen Teilnehmer, sofern sie zulässig sind.\n- `LINEADDRCAPFLAGS_ACDGROUP`: Die Adresse unterstützt ACD-Gruppen für den Callcenter-Betrieb.\n- `LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION`: Auf dieser Adresse gewählte Adressen werden nicht als Nummern des öffentlichen Telefonnetzes umgesetzt. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher ausgehandelt haben.\n\n# Français\n\nCapacités booléennes d’une adresse d’un périphérique de ligne, indiquées dans le membre `dwAddrCapFlags` de `LINEADDRESSCAPS`, que remplit `lineGetAddressCaps`.\n\n- `LINEADDRCAPFLAGS_FWDNUMRINGS`: Lors d’un renvoi sur non-réponse, le nombre de sonneries avant le renvoi peut être choisi ; la plage autorisée figure dans `dwMinFwdNumRings` et `dwMaxFwdNumRings` de `LINEADDRESSCAPS`.\n- `LINEADDRCAPFLAGS_PICKUPGROUPID`: L’interception d’un appel sur cette adresse exige l’identifiant d’un groupe d’interception.\n- `LINEADDRCAPFLAGS_SECURE`: Un appel passé sur cette adresse peut être demandé comme sécurisé dès son établissement.\n- `LINEADDRCAPFLAGS_BLOCKIDDEFAULT`: Par défaut, le réseau masque l’identité de l’appelant pour les appels passés depuis cette adresse ; si le bit est à zéro, l’identité est transmise par défaut.\n- `LINEADDRCAPFLAGS_BLOCKIDOVERRIDE`: Le choix par défaut entre transmission et masquage de l’identité de l’appelant peut être inversé pour un appel donné.\n- `LINEADDRCAPFLAGS_DIALED`: Il faut composer une destination pour appeler depuis cette adresse ; si le bit est à zéro, la destination est fixe, comme sur une ligne directe (hot line).\n- `LINEADDRCAPFLAGS_ORIGOFFHOOK`: Le téléphone de l’appelant peut être décroché automatiquement lorsqu’un appel est passé.\n- `LINEADDRCAPFLAGS_DESTOFFHOOK`: Le téléphone de l’appelé peut être forcé à décrocher automatiquement lorsqu’un appel est passé.\n- `LINEADDRCAPFLAGS_FWDCONSULT`: La mise en place d’un renvoi sur cette adresse passe par un appel de consultation.\n- `LINEADDRCAPFLAGS_SETUPCONFNULL`: Une conférence se met en place sans appel initial ; si le bit est à zéro, elle part d’un appel existant.\n- `LINEADDRCAPFLAGS_AUTORECONNECT`: Mettre fin à un appel de consultation reconnecte automatiquement l’utilisateur à l’appel laissé en attente de consultation.\n- `LINEADDRCAPFLAGS_COMPLETIONID`: Les identifiants d’achèvement renvoyés par `lineCompleteCall` sont significatifs et uniques, et permettent donc de rapprocher chaque achèvement de sa demande.\n- `LINEADDRCAPFLAGS_TRANSFERHELD`: Un appel en attente ferme (et pas seulement en attente de consultation) peut être transféré.\n- `LINEADDRCAPFLAGS_TRANSFERMAKE`: Un appel entièrement nouveau peut être créé pour servir d’appel de consultation lors d’un transfert.\n- `LINEADDRCAPFLAGS_CONFERENCEHELD`: Un appel en attente ferme (et pas seulement en attente de consultation) peut être ajouté à une conférence.\n- `LINEADDRCAPFLAGS_CONFERENCEMAKE`: Un appel entièrement nouveau peut être créé pour servir d’appel de consultation à ajouter à une conférence.\n- `LINEADDRCAPFLAGS_PARTIALDIAL`: L’adresse accepte la numérotation partielle : un numéro peut être composé en plusieurs fois.\n- `LINEADDRCAPFLAGS_FWDSTATUSVALID`: L’état de renvoi indiqué dans `LINEADDRESSSTATUS` est fiable ; si le bit est à zéro, ce n’est qu’une estimation, faute de confirmation par le commutateur.\n- `LINEADDRCAPFLAGS_FWDINTEXTADDR`: Les appels internes et externes peuvent être renvoyés vers des destinations différentes (n’a de sens que si ces deux catégories peuvent être renvoyées séparément).\n- `LINEADDRCAPFLAGS_FWDBUSYNAADDR`: Le renvoi sur occupation et le renvoi sur non-réponse peuvent viser des destinations différentes (n’a de sens que s’ils se règlent séparément).\n- `LINEADDRCAPFLAGS_ACCEPTTOALERT`: Un appel présenté doit d’abord être accepté par `lineAccept` avant que la sonnerie ne se déclenche à l’une ou l’autre extrémité ; c’est typique du RNIS.\n- `LINEADDRCAPFLAGS_CONFDROP`: Mettre fin à l’appel parent d’une conférence avec `lineDrop` déconnecte aussi les autres participants ; si le bit est à zéro, ceux-ci peuvent continuer à se parler.\n- `LINEADDRCAPFLAGS_PICKUPCALLWAIT`: `linePickup` permet de prendre un appel que l’utilisateur a repéré grâce au signal d’appel.\n- `LINEADDRCAPFLAGS_PREDICTIVEDIALER`: L’adresse dispose d’une détection évoluée de la progression des appels sortants (retour d’appel, occupation, tonalités d’information spéciales, réponse, ou type d’équipement qui a répondu) et peut transférer automatiquement les appels qui atteignent certains états.\n- `LINEADDRCAPFLAGS_QUEUE`: L’adresse est une file d’attente et non un poste : les appels y patientent, éventuellement avec un traitement d’appel, jusqu’à ce qu’une ressource, par exemple un agent ACD, se libère.\n- `LINEADDRCAPFLAGS_ROUTEPOINT`: L’adresse est un point de routage et non un poste : les appels y attendent que l’application les redirige, ou que le commutateur applique son routage par défaut à l’expiration d’un délai.\n- `LINEADDRCAPFLAGS_HOLDMAKESNEW`: La mise en attente d’un appel sur cette adresse (par `lineHold` ou par une action extérieure) crée automatiquement un nouvel appel, généralement à l’état tonalité de numérotation.\n- `LINEADDRCAPFLAGS_NOINTERNALCALLS`: L’adresse est une ligne réseau directe qui ne peut pas joindre les postes internes du PABX. Un bit à zéro ne garantit pas pour autant que les appels internes soient possibles.\n- `LINEADDRCAPFLAGS_NOEXTERNALCALLS`: L’adresse est une ligne interne du PABX (un interphone, par exemple) qui ne peut pas appeler hors du commutateur. Un bit à zéro ne garantit pas pour autant que les appels externes soient possibles.\n- `LINEADDRCAPFLAGS_SETCALLINGID`: L’application peut renseigner l’identité de l’appelant dans `LINECALLPARAMS` lorsqu’elle passe un appel ; le fournisseur la transmet à l’appelé si elle est acceptable.\n- `LINEADDRCAPFLAGS_ACDGROUP`: L’adresse prend en charge les groupes ACD utilisés dans les centres d’appels.\n- `LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION`: Les adresses composées sur cette adresse ne sont pas traduites comme des numéros du réseau téléphonique public. Visible uniquement par les applications ayant négocié TAPI 3.0 ou une version ultérieure.\n"
    )]
    impl LineAddrCapFlags {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::FwdNumRings,
            Self::PickupGroupId,
            Self::Secure,
            Self::BlockIdDefault,
            Self::BlockIdOverride,
            Self::Dialed,
            Self::OrigOffHook,
            Self::DestOffHook,
            Self::FwdConsult,
            Self::SetupConfNull,
            Self::AutoReconnect,
            Self::CompletionId,
            Self::TransferHeld,
            Self::TransferMake,
            Self::ConferenceHeld,
            Self::ConferenceMake,
            Self::PartialDial,
            Self::FwdStatusValid,
            Self::FwdIntExtAddr,
            Self::FwdBusyNaAddr,
            Self::AcceptToAlert,
            Self::ConfDrop,
            Self::PickupCallWait,
            Self::PredictiveDialer,
            Self::Queue,
            Self::RoutePoint,
            Self::HoldMakesNew,
            Self::NoInternalCalls,
            Self::NoExternalCalls,
            Self::SetCallingId,
            Self::AcdGroup,
            Self::NoPstnAddressTranslation,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::FwdNumRings),
                2 => __tapi::Some(Self::PickupGroupId),
                4 => __tapi::Some(Self::Secure),
                8 => __tapi::Some(Self::BlockIdDefault),
                16 => __tapi::Some(Self::BlockIdOverride),
                32 => __tapi::Some(Self::Dialed),
                64 => __tapi::Some(Self::OrigOffHook),
                128 => __tapi::Some(Self::DestOffHook),
                256 => __tapi::Some(Self::FwdConsult),
                512 => __tapi::Some(Self::SetupConfNull),
                1024 => __tapi::Some(Self::AutoReconnect),
                2048 => __tapi::Some(Self::CompletionId),
                4096 => __tapi::Some(Self::TransferHeld),
                8192 => __tapi::Some(Self::TransferMake),
                16384 => __tapi::Some(Self::ConferenceHeld),
                32768 => __tapi::Some(Self::ConferenceMake),
                65536 => __tapi::Some(Self::PartialDial),
                131072 => __tapi::Some(Self::FwdStatusValid),
                262144 => __tapi::Some(Self::FwdIntExtAddr),
                524288 => __tapi::Some(Self::FwdBusyNaAddr),
                1048576 => __tapi::Some(Self::AcceptToAlert),
                2097152 => __tapi::Some(Self::ConfDrop),
                4194304 => __tapi::Some(Self::PickupCallWait),
                8388608 => __tapi::Some(Self::PredictiveDialer),
                16777216 => __tapi::Some(Self::Queue),
                33554432 => __tapi::Some(Self::RoutePoint),
                67108864 => __tapi::Some(Self::HoldMakesNew),
                134217728 => __tapi::Some(Self::NoInternalCalls),
                268435456 => __tapi::Some(Self::NoExternalCalls),
                536870912 => __tapi::Some(Self::SetCallingId),
                1073741824 => __tapi::Some(Self::AcdGroup),
                2147483648 => __tapi::Some(Self::NoPstnAddressTranslation),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRCAPFLAGS_FWDNUMRINGS`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddrCapFlags {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddrCapFlags> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddrCapFlags) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddrCapFlags {
        type Error = ::tapi_consts::UnknownValueError<LineAddrCapFlags>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddrCapFlags {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddrCapFlags {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddrCapFlags {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddrCapFlags {
        type Output = ::tapi_consts::Flags<LineAddrCapFlags>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddrCapFlags> {
            <::tapi_consts::Flags<
                LineAddrCapFlags,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddrCapFlags>>
    for LineAddrCapFlags {
        type Output = ::tapi_consts::Flags<LineAddrCapFlags>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddrCapFlags>,
        ) -> ::tapi_consts::Flags<LineAddrCapFlags> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddrCapFlags, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddrCapFlags);
};
///The `LINEADDRCAPFLAGS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddrcapflags {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::FwdNumRings`](super::LineAddrCapFlags::FwdNumRings)."
    )]
    pub const LINEADDRCAPFLAGS_FWDNUMRINGS: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::PickupGroupId`](super::LineAddrCapFlags::PickupGroupId)."
    )]
    pub const LINEADDRCAPFLAGS_PICKUPGROUPID: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::Secure`](super::LineAddrCapFlags::Secure)."
    )]
    pub const LINEADDRCAPFLAGS_SECURE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::BlockIdDefault`](super::LineAddrCapFlags::BlockIdDefault)."
    )]
    pub const LINEADDRCAPFLAGS_BLOCKIDDEFAULT: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::BlockIdOverride`](super::LineAddrCapFlags::BlockIdOverride)."
    )]
    pub const LINEADDRCAPFLAGS_BLOCKIDOVERRIDE: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::Dialed`](super::LineAddrCapFlags::Dialed)."
    )]
    pub const LINEADDRCAPFLAGS_DIALED: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::OrigOffHook`](super::LineAddrCapFlags::OrigOffHook)."
    )]
    pub const LINEADDRCAPFLAGS_ORIGOFFHOOK: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::DestOffHook`](super::LineAddrCapFlags::DestOffHook)."
    )]
    pub const LINEADDRCAPFLAGS_DESTOFFHOOK: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::FwdConsult`](super::LineAddrCapFlags::FwdConsult)."
    )]
    pub const LINEADDRCAPFLAGS_FWDCONSULT: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::SetupConfNull`](super::LineAddrCapFlags::SetupConfNull)."
    )]
    pub const LINEADDRCAPFLAGS_SETUPCONFNULL: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::AutoReconnect`](super::LineAddrCapFlags::AutoReconnect)."
    )]
    pub const LINEADDRCAPFLAGS_AUTORECONNECT: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::CompletionId`](super::LineAddrCapFlags::CompletionId)."
    )]
    pub const LINEADDRCAPFLAGS_COMPLETIONID: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::TransferHeld`](super::LineAddrCapFlags::TransferHeld)."
    )]
    pub const LINEADDRCAPFLAGS_TRANSFERHELD: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::TransferMake`](super::LineAddrCapFlags::TransferMake)."
    )]
    pub const LINEADDRCAPFLAGS_TRANSFERMAKE: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::ConferenceHeld`](super::LineAddrCapFlags::ConferenceHeld)."
    )]
    pub const LINEADDRCAPFLAGS_CONFERENCEHELD: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::ConferenceMake`](super::LineAddrCapFlags::ConferenceMake)."
    )]
    pub const LINEADDRCAPFLAGS_CONFERENCEMAKE: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::PartialDial`](super::LineAddrCapFlags::PartialDial)."
    )]
    pub const LINEADDRCAPFLAGS_PARTIALDIAL: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::FwdStatusValid`](super::LineAddrCapFlags::FwdStatusValid)."
    )]
    pub const LINEADDRCAPFLAGS_FWDSTATUSVALID: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::FwdIntExtAddr`](super::LineAddrCapFlags::FwdIntExtAddr)."
    )]
    pub const LINEADDRCAPFLAGS_FWDINTEXTADDR: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::FwdBusyNaAddr`](super::LineAddrCapFlags::FwdBusyNaAddr)."
    )]
    pub const LINEADDRCAPFLAGS_FWDBUSYNAADDR: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::AcceptToAlert`](super::LineAddrCapFlags::AcceptToAlert)."
    )]
    pub const LINEADDRCAPFLAGS_ACCEPTTOALERT: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::ConfDrop`](super::LineAddrCapFlags::ConfDrop)."
    )]
    pub const LINEADDRCAPFLAGS_CONFDROP: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::PickupCallWait`](super::LineAddrCapFlags::PickupCallWait)."
    )]
    pub const LINEADDRCAPFLAGS_PICKUPCALLWAIT: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::PredictiveDialer`](super::LineAddrCapFlags::PredictiveDialer)."
    )]
    pub const LINEADDRCAPFLAGS_PREDICTIVEDIALER: ::core::primitive::u32 = 8388608;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::Queue`](super::LineAddrCapFlags::Queue)."
    )]
    pub const LINEADDRCAPFLAGS_QUEUE: ::core::primitive::u32 = 16777216;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::RoutePoint`](super::LineAddrCapFlags::RoutePoint)."
    )]
    pub const LINEADDRCAPFLAGS_ROUTEPOINT: ::core::primitive::u32 = 33554432;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::HoldMakesNew`](super::LineAddrCapFlags::HoldMakesNew)."
    )]
    pub const LINEADDRCAPFLAGS_HOLDMAKESNEW: ::core::primitive::u32 = 67108864;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::NoInternalCalls`](super::LineAddrCapFlags::NoInternalCalls)."
    )]
    pub const LINEADDRCAPFLAGS_NOINTERNALCALLS: ::core::primitive::u32 = 134217728;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::NoExternalCalls`](super::LineAddrCapFlags::NoExternalCalls)."
    )]
    pub const LINEADDRCAPFLAGS_NOEXTERNALCALLS: ::core::primitive::u32 = 268435456;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::SetCallingId`](super::LineAddrCapFlags::SetCallingId)."
    )]
    pub const LINEADDRCAPFLAGS_SETCALLINGID: ::core::primitive::u32 = 536870912;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::AcdGroup`](super::LineAddrCapFlags::AcdGroup)."
    )]
    pub const LINEADDRCAPFLAGS_ACDGROUP: ::core::primitive::u32 = 1073741824;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrCapFlags::NoPstnAddressTranslation`](super::LineAddrCapFlags::NoPstnAddressTranslation)."
    )]
    pub const LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION: ::core::primitive::u32 = 2147483648;
}
/// Ways of designating the originating address on a line device.
///
/// Used in the `dwAddressMode` member of `LINECALLPARAMS`, in the `dwAddressMode` argument of
/// `lineGetAddressID`, and in `dwAddressModes` of `LINEDEVCAPS` to list the supported ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddressMode {
    /// The address is named by its address identifier, a number from zero up to the line's
    /// address count (`dwNumAddresses` in `LINEDEVCAPS`) minus one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSMODE_ADDRESSID` = `0x00000001`")]
    AddressId = 0x0000_0001,
    /// The address is named by its dialable phone number, which is handy when one line models
    /// many stations that each have their own number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSMODE_DIALABLEADDR` = `0x00000002`")]
    DialableAddr = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Ways of designating the originating address on a line device.\n\nUsed in the `dwAddressMode` member of `LINECALLPARAMS`, in the `dwAddressMode` argument of `lineGetAddressID`, and in `dwAddressModes` of `LINEDEVCAPS` to list the supported ways.The address is named by its address identifier, a number from zero up to the line's address count (`dwNumAddresses` in `LINEDEVCAPS`) minus one.The address is named by its dialable phone number, which is handy when one line models many stations that each have their own number."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten, die Ursprungsadresse auf einem Leitungsgerät anzugeben; verwendet im Feld `dwAddressMode` von `LINECALLPARAMS`, im Argument `dwAddressMode` von `lineGetAddressID` und in `dwAddressModes` von `LINEDEVCAPS`, wo die unterstützten Arten aufgeführt sind.Die Adresse wird über die Kennung der Adresse angegeben, eine Zahl von null bis zur Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`) minus eins.Die Adresse wird über ihre wählbare Telefonnummer angegeben; das ist praktisch, wenn eine einzige Leitung viele Nebenstellen mit jeweils eigener Nummer abbildet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Manières de désigner l’adresse d’origine sur un périphérique de ligne ; utilisées dans le membre `dwAddressMode` de `LINECALLPARAMS`, dans l’argument `dwAddressMode` de `lineGetAddressID` et dans `dwAddressModes` de `LINEDEVCAPS`.L’adresse est désignée par son identifiant, un nombre compris entre zéro et le nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`) moins un.L’adresse est désignée par son numéro de téléphone composable, ce qui est commode lorsqu’une seule ligne représente de nombreux postes ayant chacun leur propre numéro."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddressMode",
            prefix: "LINEADDRESSMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &["LINEADDRESSMODE_ADDRESSID", "LINEADDRESSMODE_DIALABLEADDR"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF2\0\0\0\0\0\0\0\x03\x01\0\0\0\0\0\0\xF1\0\0\0\xFF\xFF\0\0\0\0\xF2\0\0\0\x90\0\0\0\x03\x01\0\0\xA4\0\0\0\xF1\0\0\0\xA3\0\0\0\xFF\xFF\0\0\0\0\x82\x01\0\0\x85\0\0\0\xA7\x01\0\0\xA3\0\0\0\x94\x01\0\0\xB2\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRESSMODE_ADDRESSID",
                        "LINEADDRESSMODE_DIALABLEADDR",
                        "ADDRESSID",
                        "DIALABLEADDR",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEADDRESSMODE_ADDRESSID",
                        " | LINEADDRESSMODE_DIALABLEADDR",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRESSMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddressMode>`](::tapi_consts::Flags), named [`LineAddressModeSet`](crate::families::LineAddressModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEADDRESSMODE_ADDRESSID` | `0x00000001` |\n| `LINEADDRESSMODE_DIALABLEADDR` | `0x00000002` |\n\n# Deutsch\n\nArten, die Ursprungsadresse auf einem Leitungsgerät anzugeben; verwendet im Feld `dwAddressMode` von `LINECALLPARAMS`, im Argument `dwAddressMode` von `lineGetAddressID` und in `dwAddressModes` von `LINEDEVCAPS`, wo die unterstützten Arten aufgeführt sind.\n\n- `LINEADDRESSMODE_ADDRESSID`: Die Adresse wird über die Kennung der Adresse angegeben, eine Zahl von null bis zur Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`) minus eins.\n- `LINEADDRESSMODE_DIALABLEADDR`: Die Adresse wird über ihre wählbare Telefonnummer angegeben; das ist praktisch, wenn eine einzige Leitung viele Nebenstellen mit jeweils eigener Nummer abbildet.\n\n# Français\n\nManières de désigner l’adresse d’origine sur un périphérique de ligne ; utilisées dans le membre `dwAddressMode` de `LINECALLPARAMS`, dans l’argument `dwAddressMode` de `lineGetAddressID` et dans `dwAddressModes` de `LINEDEVCAPS`.\n\n- `LINEADDRESSMODE_ADDRESSID`: L’adresse est désignée par son identifiant, un nombre compris entre zéro et le nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`) moins un.\n- `LINEADDRESSMODE_DIALABLEADDR`: L’adresse est désignée par son numéro de téléphone composable, ce qui est commode lorsqu’une seule ligne représente de nombreux postes ayant chacun leur propre numéro.\n"
    )]
    impl LineAddressMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::AddressId, Self::DialableAddr];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::AddressId),
                2 => __tapi::Some(Self::DialableAddr),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRESSMODE_ADDRESSID`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddressMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddressMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddressMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddressMode {
        type Error = ::tapi_consts::UnknownValueError<LineAddressMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddressMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddressMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddressMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddressMode {
        type Output = ::tapi_consts::Flags<LineAddressMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddressMode> {
            <::tapi_consts::Flags<
                LineAddressMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddressMode>> for LineAddressMode {
        type Output = ::tapi_consts::Flags<LineAddressMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddressMode>,
        ) -> ::tapi_consts::Flags<LineAddressMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddressMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddressMode);
};
///The `LINEADDRESSMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddressmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressMode::AddressId`](super::LineAddressMode::AddressId)."
    )]
    pub const LINEADDRESSMODE_ADDRESSID: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressMode::DialableAddr`](super::LineAddressMode::DialableAddr)."
    )]
    pub const LINEADDRESSMODE_DIALABLEADDR: ::core::primitive::u32 = 2;
}
/// How an address is shared between the stations of a switch.
///
/// Reported in the `dwAddressSharing` member of `LINEADDRESSCAPS`. Activity by other stations on
/// a shared address shows up as `LINE_CALLSTATE` and `LINE_ADDRESSSTATE` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddressSharing {
    /// The address belongs to this line alone; no other station has it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSHARING_PRIVATE` = `0x00000001`")]
    Private = 0x0000_0001,
    /// The address is bridged with other stations, and whichever station first uses it takes
    /// exclusive control of the address and its calls until it is free again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSHARING_BRIDGEDEXCL` = `0x00000002`")]
    BridgedExcl = 0x0000_0002,
    /// The address is bridged with other stations, but a station that uses it gets exclusive
    /// access only to its own call; other stations using it get new, separate call appearances.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSHARING_BRIDGEDNEW` = `0x00000004`")]
    BridgedNew = 0x0000_0004,
    /// The address is bridged with other stations and all of them can join its calls, which then
    /// behave like a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSHARING_BRIDGEDSHARED` = `0x00000008`")]
    BridgedShared = 0x0000_0008,
    /// The address belongs elsewhere; this line only sees whether it is idle or busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSHARING_MONITORED` = `0x00000010`")]
    Monitored = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "How an address is shared between the stations of a switch.\n\nReported in the `dwAddressSharing` member of `LINEADDRESSCAPS`. Activity by other stations on a shared address shows up as `LINE_CALLSTATE` and `LINE_ADDRESSSTATE` messages.The address belongs to this line alone; no other station has it.The address is bridged with other stations, and whichever station first uses it takes exclusive control of the address and its calls until it is free again.The address is bridged with other stations, but a station that uses it gets exclusive access only to its own call; other stations using it get new, separate call appearances.The address is bridged with other stations and all of them can join its calls, which then behave like a conference.The address belongs elsewhere; this line only sees whether it is idle or busy."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art, wie eine Adresse zwischen den Nebenstellen einer Vermittlung geteilt wird; gemeldet im Feld `dwAddressSharing` von `LINEADDRESSCAPS`. Aktivitäten anderer Nebenstellen auf einer geteilten Adresse zeigen sich in den Nachrichten `LINE_CALLSTATE` und `LINE_ADDRESSSTATE`.Die Adresse gehört allein zu dieser Leitung; keine andere Nebenstelle verfügt über sie.Die Adresse ist mit anderen Nebenstellen gebrückt; die Nebenstelle, die sie zuerst benutzt, erhält die exklusive Kontrolle über die Adresse und ihre Anrufe, bis die Adresse wieder frei ist.Die Adresse ist mit anderen Nebenstellen gebrückt, doch eine Nebenstelle, die sie benutzt, erhält nur auf ihren eigenen Anruf exklusiven Zugriff; andere Nebenstellen, die sie benutzen, erhalten neue, getrennte Anrufdarstellungen.Die Adresse ist mit anderen Nebenstellen gebrückt, und alle können an ihren Anrufen teilnehmen, die sich dann wie eine Konferenz verhalten.Die Adresse gehört zu einer anderen Stelle; diese Leitung sieht nur, ob sie frei oder besetzt ist."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Façon dont une adresse est partagée entre les postes d’un commutateur, indiquée dans le membre `dwAddressSharing` de `LINEADDRESSCAPS` ; l’activité des autres postes sur une adresse partagée se traduit par des messages `LINE_CALLSTATE` et `LINE_ADDRESSSTATE`.L’adresse appartient à cette seule ligne ; aucun autre poste n’en dispose.L’adresse est pontée avec d’autres postes, et le premier poste qui l’utilise en prend le contrôle exclusif, ainsi que celui de ses appels, jusqu’à ce qu’elle se libère.L’adresse est pontée avec d’autres postes, mais un poste qui l’utilise n’obtient l’exclusivité que sur son propre appel ; les autres postes qui s’en servent obtiennent de nouvelles présentations d’appel distinctes.L’adresse est pontée avec d’autres postes qui peuvent tous se joindre à ses appels, lesquels se comportent alors comme une conférence.L’adresse appartient à un autre poste ; cette ligne voit seulement si elle est libre ou occupée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddressSharing",
            prefix: "LINEADDRESSSHARING_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEADDRESSSHARING_PRIVATE",
                    "LINEADDRESSSHARING_BRIDGEDEXCL",
                    "LINEADDRESSSHARING_BRIDGEDNEW",
                    "LINEADDRESSSHARING_BRIDGEDSHARED",
                    "LINEADDRESSSHARING_MONITORED",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE9\0\0\0\0\0\0\0\x11\x01\0\0\0\0\0\0\x0C\x01\0\0\xFF\xFF\0\0\0\0\xE9\0\0\0@\0\0\0\x11\x01\0\0Z\0\0\0\x0C\x01\0\0O\0\0\0\xFF\xFF\0\0\0\0)\x01\0\0\x9C\0\0\0k\x01\0\0\xC0\0\0\0[\x01\0\0\xB6\0\0\0\xFF\xFF\0\0\0\0\xC5\x01\0\0\xAE\0\0\0+\x02\0\0\xE7\0\0\0\x11\x02\0\0\xE7\0\0\0\xFF\xFF\0\0\0\0s\x02\0\0s\0\0\0\x12\x03\0\0\x8D\0\0\0\xF8\x02\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0\xE6\x02\0\0N\0\0\0\x9F\x03\0\0c\0\0\0\x85\x03\0\0d\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRESSSHARING_PRIVATE",
                        "LINEADDRESSSHARING_BRIDGEDEXCL",
                        "LINEADDRESSSHARING_BRIDGEDNEW",
                        "LINEADDRESSSHARING_BRIDGEDSHARED",
                        "LINEADDRESSSHARING_MONITORED",
                        "PRIVATE",
                        "BRIDGEDEXCL",
                        "BRIDGEDNEW",
                        "BRIDGEDSHARED",
                        "MONITORED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEADDRESSSHARING_PRIVATE",
                        " | LINEADDRESSSHARING_BRIDGEDEXCL",
                        " | LINEADDRESSSHARING_BRIDGEDNEW",
                        " | LINEADDRESSSHARING_BRIDGEDSHARED",
                        " | LINEADDRESSSHARING_MONITORED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRESSSHARING_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddressSharing>`](::tapi_consts::Flags), named [`LineAddressSharingSet`](crate::families::LineAddressSharingSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEADDRESSSHARING_PRIVATE` | `0x00000001` |\n| `LINEADDRESSSHARING_BRIDGEDEXCL` | `0x00000002` |\n| `LINEADDRESSSHARING_BRIDGEDNEW` | `0x00000004` |\n| `LINEADDRESSSHARING_BRIDGEDSHARED` | `0x00000008` |\n| `LINEADDRESSSHARING_MONITORED` | `0x00000010` |\n\n# Deutsch\n\nArt, wie eine Adresse zwischen den Nebenstellen einer Vermittlung geteilt wird; gemeldet im Feld `dwAddressSharing` von `LINEADDRESSCAPS`. Aktivitäten anderer Nebenstellen auf einer geteilten Adresse zeigen sich in den Nachrichten `LINE_CALLSTATE` und `LINE_ADDRESSSTATE`.\n\n- `LINEADDRESSSHARING_PRIVATE`: Die Adresse gehört allein zu dieser Leitung; keine andere Nebenstelle verfügt über sie.\n- `LINEADDRESSSHARING_BRIDGEDEXCL`: Die Adresse ist mit anderen Nebenstellen gebrückt; die Nebenstelle, die sie zuerst benutzt, erhält die exklusive Kontrolle über die Adresse und ihre Anrufe, bis die Adresse wieder frei ist.\n- `LINEADDRESSSHARING_BRIDGEDNEW`: Die Adresse ist mit anderen Nebenstellen gebrückt, doch eine Nebenstelle, die sie benutzt, erhält nur auf ihren eigenen Anruf exklusiven Zugriff; andere Nebenstellen, die sie benutzen, erhalten neue, getrennte Anrufdarstellungen.\n- `LINEADDRESSSHARING_BRIDGEDSHARED`: Die Adresse ist mit anderen Nebenstellen gebrückt, und alle können an ihren Anrufen teilnehmen, die sich dann wie eine Konferenz verhalten.\n- `LINEADDRESSSHARING_MONITORED`: Die Adresse gehört zu einer anderen Stelle; diese Leitung sieht nur, ob sie frei oder besetzt ist.\n\n# Français\n\nFaçon dont une adresse est partagée entre les postes d’un commutateur, indiquée dans le membre `dwAddressSharing` de `LINEADDRESSCAPS` ; l’activité des autres postes sur une adresse partagée se traduit par des messages `LINE_CALLSTATE` et `LINE_ADDRESSSTATE`.\n\n- `LINEADDRESSSHARING_PRIVATE`: L’adresse appartient à cette seule ligne ; aucun autre poste n’en dispose.\n- `LINEADDRESSSHARING_BRIDGEDEXCL`: L’adresse est pontée avec d’autres postes, et le premier poste qui l’utilise en prend le contrôle exclusif, ainsi que celui de ses appels, jusqu’à ce qu’elle se libère.\n- `LINEADDRESSSHARING_BRIDGEDNEW`: L’adresse est pontée avec d’autres postes, mais un poste qui l’utilise n’obtient l’exclusivité que sur son propre appel ; les autres postes qui s’en servent obtiennent de nouvelles présentations d’appel distinctes.\n- `LINEADDRESSSHARING_BRIDGEDSHARED`: L’adresse est pontée avec d’autres postes qui peuvent tous se joindre à ses appels, lesquels se comportent alors comme une conférence.\n- `LINEADDRESSSHARING_MONITORED`: L’adresse appartient à un autre poste ; cette ligne voit seulement si elle est libre ou occupée.\n"
    )]
    impl LineAddressSharing {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Private,
            Self::BridgedExcl,
            Self::BridgedNew,
            Self::BridgedShared,
            Self::Monitored,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::Private),
                2 => __tapi::Some(Self::BridgedExcl),
                4 => __tapi::Some(Self::BridgedNew),
                8 => __tapi::Some(Self::BridgedShared),
                16 => __tapi::Some(Self::Monitored),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRESSSHARING_PRIVATE`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddressSharing {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddressSharing> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddressSharing) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddressSharing {
        type Error = ::tapi_consts::UnknownValueError<LineAddressSharing>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddressSharing {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddressSharing {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddressSharing {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddressSharing {
        type Output = ::tapi_consts::Flags<LineAddressSharing>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddressSharing> {
            <::tapi_consts::Flags<
                LineAddressSharing,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddressSharing>>
    for LineAddressSharing {
        type Output = ::tapi_consts::Flags<LineAddressSharing>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddressSharing>,
        ) -> ::tapi_consts::Flags<LineAddressSharing> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddressSharing, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddressSharing);
};
///The `LINEADDRESSSHARING_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddresssharing {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressSharing::Private`](super::LineAddressSharing::Private)."
    )]
    pub const LINEADDRESSSHARING_PRIVATE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressSharing::BridgedExcl`](super::LineAddressSharing::BridgedExcl)."
    )]
    pub const LINEADDRESSSHARING_BRIDGEDEXCL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressSharing::BridgedNew`](super::LineAddressSharing::BridgedNew)."
    )]
    pub const LINEADDRESSSHARING_BRIDGEDNEW: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressSharing::BridgedShared`](super::LineAddressSharing::BridgedShared)."
    )]
    pub const LINEADDRESSSHARING_BRIDGEDSHARED: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressSharing::Monitored`](super::LineAddressSharing::Monitored)."
    )]
    pub const LINEADDRESSSHARING_MONITORED: ::core::primitive::u32 = 16;
}
/// Items of an address's status that can change and be reported.
///
/// Carried in `dwParam2` of the `LINE_ADDRESSSTATE` message, selected with the `dwAddressStates`
/// argument of `lineSetStatusMessages`, and listed as reportable in `dwAddressStates` of
/// `LINEADDRESSCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddressState {
    /// Some status item not covered by the other flags has changed; the application should read
    /// the address status again to find out which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_OTHER` = `0x00000001`")]
    Other = 0x0000_0001,
    /// The device-specific part of the address status has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_DEVSPECIFIC` = `0x00000002`")]
    DevSpecific = 0x0000_0002,
    /// The address has become idle: no station is using it any more.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_INUSEZERO` = `0x00000004`")]
    InUseZero = 0x0000_0004,
    /// The address is now in use by exactly one station, having been idle or shared by several
    /// bridged stations.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_INUSEONE` = `0x00000008`")]
    InUseOne = 0x0000_0008,
    /// A monitored or bridged address that was used by one station is now used by several.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_INUSEMANY` = `0x00000010`")]
    InUseMany = 0x0000_0010,
    /// The number of calls on the address has changed (new incoming or outgoing call, or a call
    /// going on or off hold); check the active, on-hold and on-hold-pending counts in
    /// `LINEADDRESSSTATUS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_NUMCALLS` = `0x00000020`")]
    NumCalls = 0x0000_0020,
    /// The forwarding settings of the address have changed, possibly including the number of
    /// rings that counts as no answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_FORWARD` = `0x00000040`")]
    Forward = 0x0000_0040,
    /// The terminal settings of the address have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_TERMINALS` = `0x00000080`")]
    Terminals = 0x0000_0080,
    /// The address's capabilities in `LINEADDRESSCAPS` have changed (after reconfiguration, for
    /// example); call `lineGetAddressCaps` again. Applications older than TAPI 1.4 get a
    /// `LINEDEVSTATE_REINIT` notice instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSSTATE_CAPSCHANGE` = `0x00000100`")]
    CapsChange = 0x0000_0100,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Items of an address's status that can change and be reported.\n\nCarried in `dwParam2` of the `LINE_ADDRESSSTATE` message, selected with the `dwAddressStates` argument of `lineSetStatusMessages`, and listed as reportable in `dwAddressStates` of `LINEADDRESSCAPS`.Some status item not covered by the other flags has changed; the application should read the address status again to find out which.The device-specific part of the address status has changed.The address has become idle: no station is using it any more.The address is now in use by exactly one station, having been idle or shared by several bridged stations.A monitored or bridged address that was used by one station is now used by several.The number of calls on the address has changed (new incoming or outgoing call, or a call going on or off hold); check the active, on-hold and on-hold-pending counts in `LINEADDRESSSTATUS`.The forwarding settings of the address have changed, possibly including the number of rings that counts as no answer.The terminal settings of the address have changed.The address's capabilities in `LINEADDRESSCAPS` have changed (after reconfiguration, for example); call `lineGetAddressCaps` again. Applications older than TAPI 1.4 get a `LINEDEVSTATE_REINIT` notice instead."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Statuselemente einer Adresse, deren Änderung gemeldet werden kann; sie werden in `dwParam2` der Nachricht `LINE_ADDRESSSTATE` übermittelt, mit dem Argument `dwAddressStates` von `lineSetStatusMessages` ausgewählt und in `dwAddressStates` von `LINEADDRESSCAPS` als meldbar aufgeführt.Ein Statuselement, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung sollte den Status der Adresse erneut abfragen, um festzustellen, welches.Der gerätespezifische Teil des Adressstatus hat sich geändert.Die Adresse ist frei geworden: Keine Nebenstelle benutzt sie mehr.Die Adresse wird jetzt von genau einer Nebenstelle benutzt; zuvor war sie frei oder wurde von mehreren gebrückten Nebenstellen gemeinsam genutzt.Eine überwachte oder gebrückte Adresse, die bisher von einer Nebenstelle benutzt wurde, wird jetzt von mehreren benutzt.Die Anzahl der Anrufe auf der Adresse hat sich geändert (neuer ein- oder ausgehender Anruf oder ein Anruf, der gehalten oder aus dem Halten zurückgeholt wird); Auskunft geben die Zähler der aktiven, der gehaltenen und der zur Übergabe oder Konferenz gehaltenen Anrufe in `LINEADDRESSSTATUS`.Die Einstellungen der Rufumleitung der Adresse haben sich geändert, möglicherweise auch die Anzahl der Klingelzeichen, nach der ein Anruf als Nichtmelden gilt.Die Endgeräteeinstellungen der Adresse haben sich geändert.Die Fähigkeiten der Adresse in `LINEADDRESSCAPS` haben sich geändert (etwa nach einer Neukonfiguration); `lineGetAddressCaps` muss erneut aufgerufen werden. Anwendungen, die eine TAPI-Version vor 1.4 ausgehandelt haben, erhalten stattdessen eine Meldung `LINEDEVSTATE_REINIT`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Éléments de l’état d’une adresse dont le changement peut être signalé ; transmis dans `dwParam2` du message `LINE_ADDRESSSTATE`, sélectionnés par l’argument `dwAddressStates` de `lineSetStatusMessages` et énumérés dans `dwAddressStates` de `LINEADDRESSCAPS`.Un élément d’état non couvert par les autres indicateurs a changé ; l’application doit relire l’état de l’adresse pour savoir lequel.La partie de l’état de l’adresse propre au périphérique a changé.L’adresse est devenue libre : plus aucun poste ne l’utilise.L’adresse est désormais utilisée par un seul poste, alors qu’elle était libre ou partagée par plusieurs postes pontés.Une adresse surveillée ou pontée qu’utilisait un seul poste est maintenant utilisée par plusieurs.Le nombre d’appels sur l’adresse a changé (nouvel appel entrant ou sortant, mise en attente ou reprise d’un appel) ; consultez les compteurs d’appels actifs, en attente et en attente de transfert ou de conférence dans `LINEADDRESSSTATUS`.Les réglages de renvoi de l’adresse ont changé, y compris éventuellement le nombre de sonneries valant non-réponse.Les réglages de terminal de l’adresse ont changé.Les capacités de l’adresse décrites dans `LINEADDRESSCAPS` ont changé (après une reconfiguration, par exemple) ; appelez de nouveau `lineGetAddressCaps`. Les applications antérieures à TAPI 1.4 reçoivent à la place un avis `LINEDEVSTATE_REINIT`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddressState",
            prefix: "LINEADDRESSSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 511u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEADDRESSSTATE_OTHER",
                    "LINEADDRESSSTATE_DEVSPECIFIC",
                    "LINEADDRESSSTATE_INUSEZERO",
                    "LINEADDRESSSTATE_INUSEONE",
                    "LINEADDRESSSTATE_INUSEMANY",
                    "LINEADDRESSSTATE_NUMCALLS",
                    "LINEADDRESSSTATE_FORWARD",
                    "LINEADDRESSSTATE_TERMINALS",
                    "LINEADDRESSSTATE_CAPSCHANGE",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x05\x01\0\0\0\0\0\0\x1F\x01\0\0\0\0\0\0\x12\x01\0\0\xFF\xFF\0\0\0\0\x05\x01\0\0\x84\0\0\0\x1F\x01\0\0\xA3\0\0\0\x12\x01\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\x89\x01\0\0;\0\0\0\xC2\x01\0\0@\0\0\0\xA4\x01\0\0I\0\0\0\xFF\xFF\0\0\0\0\xC4\x01\0\0=\0\0\0\x02\x02\0\0B\0\0\0\xED\x01\0\0@\0\0\0\xFF\xFF\0\0\0\0\x01\x02\0\0i\0\0\0D\x02\0\0\x92\0\0\0-\x02\0\0\x7F\0\0\0\xFF\xFF\0\0\0\0j\x02\0\0S\0\0\0\xD6\x02\0\0z\0\0\0\xAC\x02\0\0g\0\0\0\xFF\xFF\0\0\0\0\xBD\x02\0\0\xBC\0\0\0P\x03\0\0'\x01\0\0\x13\x03\0\0\xF8\0\0\0\xFF\xFF\0\0\0\0y\x03\0\0u\0\0\0w\x04\0\0\xA1\0\0\0\x0B\x04\0\0y\0\0\0\xFF\xFF\0\0\0\0\xEE\x03\0\x002\0\0\0\x18\x05\0\0=\0\0\0\x84\x04\0\x005\0\0\0\x01\x04\0\0\0\0 \x04\0\0\xD0\0\0\0U\x05\0\0\x16\x01\0\0\xB9\x04\0\0\xFF\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRESSSTATE_OTHER",
                        "LINEADDRESSSTATE_DEVSPECIFIC",
                        "LINEADDRESSSTATE_INUSEZERO",
                        "LINEADDRESSSTATE_INUSEONE",
                        "LINEADDRESSSTATE_INUSEMANY",
                        "LINEADDRESSSTATE_NUMCALLS",
                        "LINEADDRESSSTATE_FORWARD",
                        "LINEADDRESSSTATE_TERMINALS",
                        "LINEADDRESSSTATE_CAPSCHANGE",
                        "OTHER",
                        "DEVSPECIFIC",
                        "INUSEZERO",
                        "INUSEONE",
                        "INUSEMANY",
                        "NUMCALLS",
                        "FORWARD",
                        "TERMINALS",
                        "CAPSCHANGE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEADDRESSSTATE_OTHER",
                        " | LINEADDRESSSTATE_DEVSPECIFIC",
                        " | LINEADDRESSSTATE_INUSEZERO",
                        " | LINEADDRESSSTATE_INUSEONE",
                        " | LINEADDRESSSTATE_INUSEMANY",
                        " | LINEADDRESSSTATE_NUMCALLS",
                        " | LINEADDRESSSTATE_FORWARD",
                        " | LINEADDRESSSTATE_TERMINALS",
                        " | LINEADDRESSSTATE_CAPSCHANGE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x04\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRESSSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddressState>`](::tapi_consts::Flags), named [`LineAddressStateSet`](crate::families::LineAddressStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEADDRESSSTATE_OTHER` | `0x00000001` |  |\n| `LINEADDRESSSTATE_DEVSPECIFIC` | `0x00000002` |  |\n| `LINEADDRESSSTATE_INUSEZERO` | `0x00000004` |  |\n| `LINEADDRESSSTATE_INUSEONE` | `0x00000008` |  |\n| `LINEADDRESSSTATE_INUSEMANY` | `0x00000010` |  |\n| `LINEADDRESSSTATE_NUMCALLS` | `0x00000020` |  |\n| `LINEADDRESSSTATE_FORWARD` | `0x00000040` |  |\n| `LINEADDRESSSTATE_TERMINALS` | `0x00000080` |  |\n| `LINEADDRESSSTATE_CAPSCHANGE` | `0x00000100` | TAPI 1.4 |\n\n# Deutsch\n\nStatuselemente einer Adresse, deren Änderung gemeldet werden kann; sie werden in `dwParam2` der Nachricht `LINE_ADDRESSSTATE` übermittelt, mit dem Argument `dwAddressStates` von `lineSetStatusMessages` ausgewählt und in `dwAddressStates` von `LINEADDRESSCAPS` als meldbar aufgeführt.\n\n- `LINEADDRESSSTATE_OTHER`: Ein Statuselement, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung sollte den Status der Adresse erneut abfragen, um festzustellen, welches.\n- `LINEADDRESSSTATE_DEVSPECIFIC`: Der gerätespezifische Teil des Adressstatus hat sich geändert.\n- `LINEADDRESSSTATE_INUSEZERO`: Die Adresse ist frei geworden: Keine Nebenstelle benutzt sie mehr.\n- `LINEADDRESSSTATE_INUSEONE`: Die Adresse wird jetzt von genau einer Nebenstelle benutzt; zuvor war sie frei oder wurde von mehreren gebrückten Nebenstellen gemeinsam genutzt.\n- `LINEADDRESSSTATE_INUSEMANY`: Eine überwachte oder gebrückte Adresse, die bisher von einer Nebenstelle benutzt wurde, wird jetzt von mehreren benutzt.\n- `LINEADDRESSSTATE_NUMCALLS`: Die Anzahl der Anrufe auf der Adresse hat sich geändert (neuer ein- oder ausgehender Anruf oder ein Anruf, der gehalten oder aus dem Halten zurückgeholt wird); Auskunft geben die Zähler der aktiven, der gehaltenen und der zur Übergabe oder Konferenz gehaltenen Anrufe in `LINEADDRESSSTATUS`.\n- `LINEADDRESSSTATE_FORWARD`: Die Einstellungen der Rufumleitung der Adresse haben sich geändert, möglicherweise auch die Anzahl der Klingelzeichen, nach der ein Anruf als Nichtmelden gilt.\n- `LINEADDRESSSTATE_TERMINALS`: Die Endgeräteeinstellungen der Adresse haben sich geändert.\n- `LINEADDRESSSTATE_CAPSCHANGE`: Die Fähigkeiten der Adresse in `LINEADDRESSCAPS` haben sich geändert (etwa nach einer Neukonfiguration); `lineGetAddressCaps` muss erneut aufgerufen werden. Anwendungen, die eine TAPI-Version vor 1.4 ausgehandelt haben, erhalten stattdessen eine Meldung `LINEDEVSTATE_REINIT`.\n\n# Français\n\nÉléments de l’état d’une adresse dont le changement peut être signalé ; transmis dans `dwParam2` du message `LINE_ADDRESSSTATE`, sélectionnés par l’argument `dwAddressStates` de `lineSetStatusMessages` et énumérés dans `dwAddressStates` de `LINEADDRESSCAPS`.\n\n- `LINEADDRESSSTATE_OTHER`: Un élément d’état non couvert par les autres indicateurs a changé ; l’application doit relire l’état de l’adresse pour savoir lequel.\n- `LINEADDRESSSTATE_DEVSPECIFIC`: La partie de l’état de l’adresse propre au périphérique a changé.\n- `LINEADDRESSSTATE_INUSEZERO`: L’adresse est devenue libre : plus aucun poste ne l’utilise.\n- `LINEADDRESSSTATE_INUSEONE`: L’adresse est désormais utilisée par un seul poste, alors qu’elle était libre ou partagée par plusieurs postes pontés.\n- `LINEADDRESSSTATE_INUSEMANY`: Une adresse surveillée ou pontée qu’utilisait un seul poste est maintenant utilisée par plusieurs.\n- `LINEADDRESSSTATE_NUMCALLS`: Le nombre d’appels sur l’adresse a changé (nouvel appel entrant ou sortant, mise en attente ou reprise d’un appel) ; consultez les compteurs d’appels actifs, en attente et en attente de transfert ou de conférence dans `LINEADDRESSSTATUS`.\n- `LINEADDRESSSTATE_FORWARD`: Les réglages de renvoi de l’adresse ont changé, y compris éventuellement le nombre de sonneries valant non-réponse.\n- `LINEADDRESSSTATE_TERMINALS`: Les réglages de terminal de l’adresse ont changé.\n- `LINEADDRESSSTATE_CAPSCHANGE`: Les capacités de l’adresse décrites dans `LINEADDRESSCAPS` ont changé (après une reconfiguration, par exemple) ; appelez de nouveau `lineGetAddressCaps`. Les applications antérieures à TAPI 1.4 reçoivent à la place un avis `LINEDEVSTATE_REINIT`.\n"
    )]
    impl LineAddressState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Other,
            Self::DevSpecific,
            Self::InUseZero,
            Self::InUseOne,
            Self::InUseMany,
            Self::NumCalls,
            Self::Forward,
            Self::Terminals,
            Self::CapsChange,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::Other),
                2 => __tapi::Some(Self::DevSpecific),
                4 => __tapi::Some(Self::InUseZero),
                8 => __tapi::Some(Self::InUseOne),
                16 => __tapi::Some(Self::InUseMany),
                32 => __tapi::Some(Self::NumCalls),
                64 => __tapi::Some(Self::Forward),
                128 => __tapi::Some(Self::Terminals),
                256 => __tapi::Some(Self::CapsChange),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRESSSTATE_OTHER`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddressState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddressState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddressState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddressState {
        type Error = ::tapi_consts::UnknownValueError<LineAddressState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddressState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddressState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddressState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddressState {
        type Output = ::tapi_consts::Flags<LineAddressState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddressState> {
            <::tapi_consts::Flags<
                LineAddressState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddressState>>
    for LineAddressState {
        type Output = ::tapi_consts::Flags<LineAddressState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddressState>,
        ) -> ::tapi_consts::Flags<LineAddressState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddressState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddressState);
};
///The `LINEADDRESSSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddressstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::Other`](super::LineAddressState::Other)."
    )]
    pub const LINEADDRESSSTATE_OTHER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::DevSpecific`](super::LineAddressState::DevSpecific)."
    )]
    pub const LINEADDRESSSTATE_DEVSPECIFIC: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::InUseZero`](super::LineAddressState::InUseZero)."
    )]
    pub const LINEADDRESSSTATE_INUSEZERO: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::InUseOne`](super::LineAddressState::InUseOne)."
    )]
    pub const LINEADDRESSSTATE_INUSEONE: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::InUseMany`](super::LineAddressState::InUseMany)."
    )]
    pub const LINEADDRESSSTATE_INUSEMANY: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::NumCalls`](super::LineAddressState::NumCalls)."
    )]
    pub const LINEADDRESSSTATE_NUMCALLS: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::Forward`](super::LineAddressState::Forward)."
    )]
    pub const LINEADDRESSSTATE_FORWARD: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::Terminals`](super::LineAddressState::Terminals)."
    )]
    pub const LINEADDRESSSTATE_TERMINALS: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressState::CapsChange`](super::LineAddressState::CapsChange)."
    )]
    pub const LINEADDRESSSTATE_CAPSCHANGE: ::core::primitive::u32 = 256;
}
/// Formats of an address, such as a phone number, an e-mail name or an IP address.
///
/// Used by applications that negotiate TAPI 3.0 or later, notably in `dwAddressType` of
/// `LINECALLPARAMS` and `LINECALLINFO` and in `dwAddressTypes` of `LINEDEVCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddressType {
    /// An ordinary telephone number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSTYPE_PHONENUMBER` = `0x00000001`")]
    PhoneNumber = 0x0000_0001,
    /// A conference described by a Session Description Protocol (SDP) description, as used for
    /// multicast IP conferences.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSTYPE_SDP` = `0x00000002`")]
    Sdp = 0x0000_0002,
    /// An e-mail style name identifying a user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSTYPE_EMAILNAME` = `0x00000004`")]
    EmailName = 0x0000_0004,
    /// A network domain name (host name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSTYPE_DOMAINNAME` = `0x00000008`")]
    DomainName = 0x0000_0008,
    /// A numeric IP address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRESSTYPE_IPADDRESS` = `0x00000010`")]
    IpAddress = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Formats of an address, such as a phone number, an e-mail name or an IP address.\n\nUsed by applications that negotiate TAPI 3.0 or later, notably in `dwAddressType` of `LINECALLPARAMS` and `LINECALLINFO` and in `dwAddressTypes` of `LINEDEVCAPS`.An ordinary telephone number.A conference described by a Session Description Protocol (SDP) description, as used for multicast IP conferences.An e-mail style name identifying a user.A network domain name (host name).A numeric IP address."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Adressformate, etwa eine Telefonnummer, ein E-Mail-Name oder eine IP-Adresse; sie werden von Anwendungen verwendet, die TAPI 3.0 oder höher ausgehandelt haben, insbesondere in `dwAddressType` von `LINECALLPARAMS` und `LINECALLINFO` sowie in `dwAddressTypes` von `LINEDEVCAPS`.Eine gewöhnliche Telefonnummer.Eine Konferenz, die durch eine SDP-Beschreibung (Session Description Protocol) beschrieben ist, wie sie bei IP-Multicast-Konferenzen verwendet wird.Ein E-Mail-Name, also ein Name im Stil einer E-Mail-Adresse, der einen Benutzer bezeichnet.Ein Domänenname im Netzwerk (Hostname).Eine numerische IP-Adresse."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Formats d’adresse, tels qu’un numéro de téléphone, un nom de messagerie ou une adresse IP ; réservés aux applications ayant négocié TAPI 3.0 ou une version ultérieure, notamment dans `dwAddressType` de `LINECALLPARAMS` et de `LINECALLINFO` et dans `dwAddressTypes` de `LINEDEVCAPS`.Un numéro de téléphone ordinaire.Une conférence décrite au format SDP (Session Description Protocol), comme pour les conférences IP en multidiffusion.Un nom de type adresse électronique identifiant un utilisateur.Un nom de domaine réseau (nom d’hôte).Une adresse IP numérique."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddressType",
            prefix: "LINEADDRESSTYPE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEADDRESSTYPE_PHONENUMBER",
                    "LINEADDRESSTYPE_SDP",
                    "LINEADDRESSTYPE_EMAILNAME",
                    "LINEADDRESSTYPE_DOMAINNAME",
                    "LINEADDRESSTYPE_IPADDRESS",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF3\0\0\0\0\0\0\0\x15\x01\0\0\0\0\0\0&\x01\0\0\x03\0\0\0\0\0\xF3\0\0\0\x1D\0\0\0\x15\x01\0\0 \0\0\0&\x01\0\0$\0\0\0\x03\0\0\0\0\0\x10\x01\0\0q\0\0\x005\x01\0\0\x94\0\0\0J\x01\0\0x\0\0\0\x03\0\0\0\0\0\x81\x01\0\0(\0\0\0\xC9\x01\0\0[\0\0\0\xC2\x01\0\0@\0\0\0\x03\0\0\0\0\0\xA9\x01\0\0\"\0\0\0$\x02\0\0(\0\0\0\x02\x02\0\0*\0\0\0\x03\0\0\0\0\0\xCB\x01\0\0\x15\0\0\0L\x02\0\0\x1B\0\0\0,\x02\0\0\x1A\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRESSTYPE_PHONENUMBER",
                        "LINEADDRESSTYPE_SDP",
                        "LINEADDRESSTYPE_EMAILNAME",
                        "LINEADDRESSTYPE_DOMAINNAME",
                        "LINEADDRESSTYPE_IPADDRESS",
                        "PHONENUMBER",
                        "SDP",
                        "EMAILNAME",
                        "DOMAINNAME",
                        "IPADDRESS",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEADDRESSTYPE_PHONENUMBER",
                        " | LINEADDRESSTYPE_SDP",
                        " | LINEADDRESSTYPE_EMAILNAME",
                        " | LINEADDRESSTYPE_DOMAINNAME",
                        " | LINEADDRESSTYPE_IPADDRESS",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x01\0\x01\0\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRESSTYPE_` family (bit flags, `u32`); requires TAPI 3.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddressType>`](::tapi_consts::Flags), named [`LineAddressTypeSet`](crate::families::LineAddressTypeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEADDRESSTYPE_PHONENUMBER` | `0x00000001` | TAPI 3.0 |\n| `LINEADDRESSTYPE_SDP` | `0x00000002` | TAPI 3.0 |\n| `LINEADDRESSTYPE_EMAILNAME` | `0x00000004` | TAPI 3.0 |\n| `LINEADDRESSTYPE_DOMAINNAME` | `0x00000008` | TAPI 3.0 |\n| `LINEADDRESSTYPE_IPADDRESS` | `0x00000010` | TAPI 3.0 |\n\n# Deutsch\n\nAdressformate, etwa eine Telefonnummer, ein E-Mail-Name oder eine IP-Adresse; sie werden von Anwendungen verwendet, die TAPI 3.0 oder höher ausgehandelt haben, insbesondere in `dwAddressType` von `LINECALLPARAMS` und `LINECALLINFO` sowie in `dwAddressTypes` von `LINEDEVCAPS`.\n\n- `LINEADDRESSTYPE_PHONENUMBER`: Eine gewöhnliche Telefonnummer.\n- `LINEADDRESSTYPE_SDP`: Eine Konferenz, die durch eine SDP-Beschreibung (Session Description Protocol) beschrieben ist, wie sie bei IP-Multicast-Konferenzen verwendet wird.\n- `LINEADDRESSTYPE_EMAILNAME`: Ein E-Mail-Name, also ein Name im Stil einer E-Mail-Adresse, der einen Benutzer bezeichnet.\n- `LINEADDRESSTYPE_DOMAINNAME`: Ein Domänenname im Netzwerk (Hostname).\n- `LINEADDRESSTYPE_IPADDRESS`: Eine numerische IP-Adresse.\n\n# Français\n\nFormats d’adresse, tels qu’un numéro de téléphone, un nom de messagerie ou une adresse IP ; réservés aux applications ayant négocié TAPI 3.0 ou une version ultérieure, notamment dans `dwAddressType` de `LINECALLPARAMS` et de `LINECALLINFO` et dans `dwAddressTypes` de `LINEDEVCAPS`.\n\n- `LINEADDRESSTYPE_PHONENUMBER`: Un numéro de téléphone ordinaire.\n- `LINEADDRESSTYPE_SDP`: Une conférence décrite au format SDP (Session Description Protocol), comme pour les conférences IP en multidiffusion.\n- `LINEADDRESSTYPE_EMAILNAME`: Un nom de type adresse électronique identifiant un utilisateur.\n- `LINEADDRESSTYPE_DOMAINNAME`: Un nom de domaine réseau (nom d’hôte).\n- `LINEADDRESSTYPE_IPADDRESS`: Une adresse IP numérique.\n"
    )]
    impl LineAddressType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::PhoneNumber,
            Self::Sdp,
            Self::EmailName,
            Self::DomainName,
            Self::IpAddress,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::PhoneNumber),
                2 => __tapi::Some(Self::Sdp),
                4 => __tapi::Some(Self::EmailName),
                8 => __tapi::Some(Self::DomainName),
                16 => __tapi::Some(Self::IpAddress),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRESSTYPE_PHONENUMBER`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddressType {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddressType> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddressType) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddressType {
        type Error = ::tapi_consts::UnknownValueError<LineAddressType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddressType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddressType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddressType {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddressType {
        type Output = ::tapi_consts::Flags<LineAddressType>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddressType> {
            <::tapi_consts::Flags<
                LineAddressType,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddressType>> for LineAddressType {
        type Output = ::tapi_consts::Flags<LineAddressType>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddressType>,
        ) -> ::tapi_consts::Flags<LineAddressType> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddressType, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddressType);
};
///The `LINEADDRESSTYPE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddresstype {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressType::PhoneNumber`](super::LineAddressType::PhoneNumber)."
    )]
    pub const LINEADDRESSTYPE_PHONENUMBER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressType::Sdp`](super::LineAddressType::Sdp)."
    )]
    pub const LINEADDRESSTYPE_SDP: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressType::EmailName`](super::LineAddressType::EmailName)."
    )]
    pub const LINEADDRESSTYPE_EMAILNAME: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressType::DomainName`](super::LineAddressType::DomainName)."
    )]
    pub const LINEADDRESSTYPE_DOMAINNAME: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddressType::IpAddress`](super::LineAddressType::IpAddress)."
    )]
    pub const LINEADDRESSTYPE_IPADDRESS: ::core::primitive::u32 = 16;
}
/// Operations that can be invoked on an address (as opposed to on a call).
///
/// In `dwAddrFeatures` of `LINEADDRESSCAPS` they say what the address supports at all; in
/// `dwAddressFeatures` of `LINEADDRESSSTATUS` (from `lineGetAddressStatus`) they say what can be
/// done right now, in the address's current state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAddrFeature {
    /// Forwarding can be set on the address with `lineForward`. If neither `FORWARDFWD` nor
    /// `FORWARDDND` is also set, the provider has not said which forwarding forms work.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_FORWARD` = `0x00000001`")]
    Forward = 0x0000_0001,
    /// An outgoing call can be placed from the address (`lineMakeCall`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_MAKECALL` = `0x00000002`")]
    MakeCall = 0x0000_0002,
    /// A call can be picked up at the address with `linePickup`. If none of the more precise
    /// `PICKUP*` bits is set, the provider has not said which pickup forms work.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_PICKUP` = `0x00000004`")]
    Pickup = 0x0000_0004,
    /// Media control (`lineSetMediaControl`) can be set up on the address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_SETMEDIACONTROL` = `0x00000008`")]
    SetMediaControl = 0x0000_0008,
    /// The terminal routing of the address can be set with `lineSetTerminal`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_SETTERMINAL` = `0x00000010`")]
    SetTerminal = 0x0000_0010,
    /// A conference can be set up on the address starting with no initial call
    /// (`lineSetupConference` with a null call handle).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_SETUPCONF` = `0x00000020`")]
    SetupConf = 0x0000_0020,
    /// Pending call-completion requests on the address can be cancelled (`lineUncompleteCall`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_UNCOMPLETECALL` = `0x00000040`")]
    UncompleteCall = 0x0000_0040,
    /// A parked call can be retrieved through this address (`lineUnpark`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_UNPARK` = `0x00000080`")]
    Unpark = 0x0000_0080,
    /// `linePickup` with no destination can retrieve a call held on this address, normally in a
    /// bridged-exclusive arrangement.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_PICKUPHELD` = `0x00000100`")]
    PickupHeld = 0x0000_0100,
    /// `linePickup` can take a call ringing anywhere in a pickup group.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_PICKUPGROUP` = `0x00000200`")]
    PickupGroup = 0x0000_0200,
    /// `linePickup` can take a call ringing at one specific address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_PICKUPDIRECT` = `0x00000400`")]
    PickupDirect = 0x0000_0400,
    /// `linePickup` with no destination will flash the hook to switch to a call-waiting call.
    /// It does not mean that such a call is actually present, which the device often cannot tell.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_PICKUPWAITING` = `0x00000800`")]
    PickupWaiting = 0x0000_0800,
    /// `lineForward` can redirect the address's calls to other numbers; `FORWARD` is set as well.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_FORWARDFWD` = `0x00001000`")]
    ForwardFwd = 0x0000_1000,
    /// `lineForward` with an empty destination can turn on Do Not Disturb for the address;
    /// `FORWARD` is set as well.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEADDRFEATURE_FORWARDDND` = `0x00002000`")]
    ForwardDnd = 0x0000_2000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Operations that can be invoked on an address (as opposed to on a call).\n\nIn `dwAddrFeatures` of `LINEADDRESSCAPS` they say what the address supports at all; in `dwAddressFeatures` of `LINEADDRESSSTATUS` (from `lineGetAddressStatus`) they say what can be done right now, in the address's current state.Forwarding can be set on the address with `lineForward`. If neither `FORWARDFWD` nor `FORWARDDND` is also set, the provider has not said which forwarding forms work.An outgoing call can be placed from the address (`lineMakeCall`).A call can be picked up at the address with `linePickup`. If none of the more precise `PICKUP*` bits is set, the provider has not said which pickup forms work.Media control (`lineSetMediaControl`) can be set up on the address.The terminal routing of the address can be set with `lineSetTerminal`.A conference can be set up on the address starting with no initial call (`lineSetupConference` with a null call handle).Pending call-completion requests on the address can be cancelled (`lineUncompleteCall`).A parked call can be retrieved through this address (`lineUnpark`).`linePickup` with no destination can retrieve a call held on this address, normally in a bridged-exclusive arrangement.`linePickup` can take a call ringing anywhere in a pickup group.`linePickup` can take a call ringing at one specific address.`linePickup` with no destination will flash the hook to switch to a call-waiting call. It does not mean that such a call is actually present, which the device often cannot tell.`lineForward` can redirect the address's calls to other numbers; `FORWARD` is set as well.`lineForward` with an empty destination can turn on Do Not Disturb for the address; `FORWARD` is set as well."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Adressoperationen, also Operationen, die sich auf eine Adresse statt auf einen Anruf anwenden lassen. In `dwAddrFeatures` von `LINEADDRESSCAPS` geben sie an, was die Adresse überhaupt unterstützt; in `dwAddressFeatures` von `LINEADDRESSSTATUS` (von `lineGetAddressStatus` geliefert) geben sie an, was im aktuellen Zustand der Adresse gerade möglich ist.Mit `lineForward` kann auf der Adresse eine Rufumleitung eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Anbieter nicht angegeben, welche Formen der Rufumleitung funktionieren.Von der Adresse aus kann ein ausgehender Anruf getätigt werden (`lineMakeCall`).Mit `linePickup` kann an der Adresse ein Anruf herangeholt werden. Ist keines der genaueren Bits `PICKUP*` gesetzt, hat der Anbieter nicht angegeben, welche Formen des Heranholens funktionieren.Auf der Adresse kann eine Mediensteuerung (`lineSetMediaControl`) eingerichtet werden.Mit `lineSetTerminal` lässt sich für die Adresse festlegen, an welche Endgeräte ihre Informationen geleitet werden.Auf der Adresse kann eine Konferenz ohne Ausgangsanruf eingerichtet werden (`lineSetupConference` mit einem Anrufhandle vom Wert null).Ausstehende Anforderungen zur Anrufvervollständigung auf der Adresse können zurückgenommen werden (`lineUncompleteCall`).Über diese Adresse kann ein geparkter Anruf aus dem Parken geholt werden (`lineUnpark`).`linePickup` ohne Ziel kann einen auf dieser Adresse gehaltenen Anruf zurückholen, normalerweise bei einer exklusiv gebrückten Adresse.`linePickup` kann einen Anruf heranholen, der irgendwo in einer Heranholgruppe klingelt.`linePickup` kann einen Anruf heranholen, der an einer bestimmten Adresse klingelt.`linePickup` ohne Ziel löst einen Flash (kurzes Betätigen des Gabelumschalters) aus, um zu einem anklopfenden Anruf zu wechseln. Das bedeutet nicht, dass ein solcher Anruf tatsächlich vorliegt; oft kann das Gerät dies gar nicht erkennen.`lineForward` kann die Anrufe der Adresse per Rufumleitung an andere Nummern weiterleiten; `FORWARD` ist ebenfalls gesetzt.`lineForward` mit leerem Ziel kann für die Adresse den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Opérations applicables à une adresse (et non à un appel). Dans `dwAddrFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que l’adresse permet en général ; dans `dwAddressFeatures` de `LINEADDRESSSTATUS` (obtenu par `lineGetAddressStatus`), ce qui est possible dans l’état actuel de l’adresse.Un renvoi peut être programmé sur l’adresse avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est présent en plus, le fournisseur n’a pas précisé quelles formes de renvoi fonctionnent.Un appel sortant peut être passé depuis l’adresse (`lineMakeCall`).Un appel peut être intercepté depuis l’adresse avec `linePickup`. Si aucun des bits `PICKUP*` plus précis n’est présent, le fournisseur n’a pas précisé quelles formes d’interception fonctionnent.Le contrôle de média (`lineSetMediaControl`) peut être configuré sur l’adresse.L’acheminement vers les terminaux peut être réglé pour l’adresse avec `lineSetTerminal`.Une conférence peut être mise en place sur l’adresse sans appel initial (`lineSetupConference` avec un handle d’appel nul).Les demandes d’achèvement d’appel en cours sur l’adresse peuvent être annulées (`lineUncompleteCall`).Un appel parqué peut être repris par cette adresse (`lineUnpark`).`linePickup` sans destination peut reprendre un appel mis en attente sur cette adresse, en général dans une configuration pontée exclusive.`linePickup` peut prendre un appel qui sonne n’importe où dans un groupe d’interception.`linePickup` peut prendre un appel qui sonne sur une adresse précise.`linePickup` sans destination déclenchera un flash (brève impulsion sur le crochet) pour basculer vers l’appel annoncé par le signal d’appel. Cela ne signifie pas qu’un tel appel soit réellement présent, ce que le périphérique est souvent incapable de savoir.`lineForward` peut renvoyer les appels de l’adresse vers d’autres numéros ; `FORWARD` est également présent.`lineForward` avec une destination vide peut activer la fonction Ne pas déranger pour l’adresse ; `FORWARD` est également présent."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAddrFeature",
            prefix: "LINEADDRFEATURE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 16383u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEADDRFEATURE_FORWARD",
                    "LINEADDRFEATURE_MAKECALL",
                    "LINEADDRFEATURE_PICKUP",
                    "LINEADDRFEATURE_SETMEDIACONTROL",
                    "LINEADDRFEATURE_SETTERMINAL",
                    "LINEADDRFEATURE_SETUPCONF",
                    "LINEADDRFEATURE_UNCOMPLETECALL",
                    "LINEADDRFEATURE_UNPARK",
                    "LINEADDRFEATURE_PICKUPHELD",
                    "LINEADDRFEATURE_PICKUPGROUP",
                    "LINEADDRFEATURE_PICKUPDIRECT",
                    "LINEADDRFEATURE_PICKUPWAITING",
                    "LINEADDRFEATURE_FORWARDFWD",
                    "LINEADDRFEATURE_FORWARDDND",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0-\x01\0\0\0\0\0\0d\x01\0\0\0\0\0\x000\x01\0\0\xFF\xFF\0\0\0\0-\x01\0\0\xA5\0\0\0d\x01\0\0\xDB\0\0\x000\x01\0\0\xCA\0\0\0\xFF\xFF\0\0\0\0\xD2\x01\0\0A\0\0\0?\x02\0\0Q\0\0\0\xFA\x01\0\0G\0\0\0\xFF\xFF\0\0\0\0\x13\x02\0\0\x9F\0\0\0\x90\x02\0\0\xC2\0\0\0A\x02\0\0\xD1\0\0\0\xFF\xFF\0\0\0\0\xB2\x02\0\0C\0\0\0R\x03\0\0V\0\0\0\x12\x03\0\0U\0\0\0\xFF\xFF\0\0\0\0\xF5\x02\0\0F\0\0\0\xA8\x03\0\0v\0\0\0g\x03\0\0_\0\0\0\xFF\xFF\0\0\0\0;\x03\0\0x\0\0\0\x1E\x04\0\0\x87\0\0\0\xC6\x03\0\0\x81\0\0\0\xFF\xFF\0\0\0\0\xB3\x03\0\0X\0\0\0\xA5\x04\0\0|\0\0\0G\x04\0\0o\0\0\0\xFF\xFF\0\0\0\0\x0B\x04\0\0C\0\0\0!\x05\0\0Y\0\0\0\xB6\x04\0\0D\0\0\0\x02\0\0\0\0\0N\x04\0\0w\0\0\0z\x05\0\0\x89\0\0\0\xFA\x04\0\0\x8E\0\0\0\x02\0\0\0\0\0\xC5\x04\0\0@\0\0\0\x03\x06\0\0X\0\0\0\x88\x05\0\0]\0\0\0\x02\0\0\0\0\0\x05\x05\0\0=\0\0\0[\x06\0\0S\0\0\0\xE5\x05\0\0F\0\0\0\x02\0\0\0\0\0B\x05\0\0\xB1\0\0\0\xAE\x06\0\0\xF1\0\0\0+\x06\0\0\x10\x01\0\0\x02\0\0\0\0\0\xF3\x05\0\0Z\0\0\0\x9F\x07\0\0{\0\0\0;\x07\0\0s\0\0\0\x02\0\0\0\0\0M\x06\0\0m\0\0\0\x1A\x08\0\0\x8D\0\0\0\xAE\x07\0\0\x87\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEADDRFEATURE_FORWARD",
                        "LINEADDRFEATURE_MAKECALL",
                        "LINEADDRFEATURE_PICKUP",
                        "LINEADDRFEATURE_SETMEDIACONTROL",
                        "LINEADDRFEATURE_SETTERMINAL",
                        "LINEADDRFEATURE_SETUPCONF",
                        "LINEADDRFEATURE_UNCOMPLETECALL",
                        "LINEADDRFEATURE_UNPARK",
                        "LINEADDRFEATURE_PICKUPHELD",
                        "LINEADDRFEATURE_PICKUPGROUP",
                        "LINEADDRFEATURE_PICKUPDIRECT",
                        "LINEADDRFEATURE_PICKUPWAITING",
                        "LINEADDRFEATURE_FORWARDFWD",
                        "LINEADDRFEATURE_FORWARDDND",
                        "FORWARD",
                        "MAKECALL",
                        "PICKUP",
                        "SETMEDIACONTROL",
                        "SETTERMINAL",
                        "SETUPCONF",
                        "UNCOMPLETECALL",
                        "UNPARK",
                        "PICKUPHELD",
                        "PICKUPGROUP",
                        "PICKUPDIRECT",
                        "PICKUPWAITING",
                        "FORWARDFWD",
                        "FORWARDDND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEADDRFEATURE_FORWARD",
                        " | LINEADDRFEATURE_MAKECALL",
                        " | LINEADDRFEATURE_PICKUP",
                        " | LINEADDRFEATURE_SETMEDIACONTROL",
                        " | LINEADDRFEATURE_SETTERMINAL",
                        " | LINEADDRFEATURE_SETUPCONF",
                        " | LINEADDRFEATURE_UNCOMPLETECALL",
                        " | LINEADDRFEATURE_UNPARK",
                        " | LINEADDRFEATURE_PICKUPHELD",
                        " | LINEADDRFEATURE_PICKUPGROUP",
                        " | LINEADDRFEATURE_PICKUPDIRECT",
                        " | LINEADDRFEATURE_PICKUPWAITING",
                        " | LINEADDRFEATURE_FORWARDFWD",
                        " | LINEADDRFEATURE_FORWARDDND",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 265970916891763064u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x0B\0\xFF\xFF\xFF\xFF\x17\0\t\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x04\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\r\0\r\0\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x15\0\x07\0\x10\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEADDRFEATURE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAddrFeature>`](::tapi_consts::Flags), named [`LineAddrFeatureSet`](crate::families::LineAddrFeatureSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEADDRFEATURE_FORWARD` | `0x00000001` |  |\n| `LINEADDRFEATURE_MAKECALL` | `0x00000002` |  |\n| `LINEADDRFEATURE_PICKUP` | `0x00000004` |  |\n| `LINEADDRFEATURE_SETMEDIACONTROL` | `0x00000008` |  |\n| `LINEADDRFEATURE_SETTERMINAL` | `0x00000010` |  |\n| `LINEADDRFEATURE_SETUPCONF` | `0x00000020` |  |\n| `LINEADDRFEATURE_UNCOMPLETECALL` | `0x00000040` |  |\n| `LINEADDRFEATURE_UNPARK` | `0x00000080` |  |\n| `LINEADDRFEATURE_PICKUPHELD` | `0x00000100` | TAPI 2.0 |\n| `LINEADDRFEATURE_PICKUPGROUP` | `0x00000200` | TAPI 2.0 |\n| `LINEADDRFEATURE_PICKUPDIRECT` | `0x00000400` | TAPI 2.0 |\n| `LINEADDRFEATURE_PICKUPWAITING` | `0x00000800` | TAPI 2.0 |\n| `LINEADDRFEATURE_FORWARDFWD` | `0x00001000` | TAPI 2.0 |\n| `LINEADDRFEATURE_FORWARDDND` | `0x00002000` | TAPI 2.0 |\n\n# Deutsch\n\nAdressoperationen, also Operationen, die sich auf eine Adresse statt auf einen Anruf anwenden lassen. In `dwAddrFeatures` von `LINEADDRESSCAPS` geben sie an, was die Adresse überhaupt unterstützt; in `dwAddressFeatures` von `LINEADDRESSSTATUS` (von `lineGetAddressStatus` geliefert) geben sie an, was im aktuellen Zustand der Adresse gerade möglich ist.\n\n- `LINEADDRFEATURE_FORWARD`: Mit `lineForward` kann auf der Adresse eine Rufumleitung eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Anbieter nicht angegeben, welche Formen der Rufumleitung funktionieren.\n- `LINEADDRFEATURE_MAKECALL`: Von der Adresse aus kann ein ausgehender Anruf getätigt werden (`lineMakeCall`).\n- `LINEADDRFEATURE_PICKUP`: Mit `linePickup` kann an der Adresse ein Anruf herangeholt werden. Ist keines der genaueren Bits `PICKUP*` gesetzt, hat der Anbieter nicht angegeben, welche Formen des Heranholens funktionieren.\n- `LINEADDRFEATURE_SETMEDIACONTROL`: Auf der Adresse kann eine Mediensteuerung (`lineSetMediaControl`) eingerichtet werden.\n- `LINEADDRFEATURE_SETTERMINAL`: Mit `lineSetTerminal` lässt sich für die Adresse festlegen, an welche Endgeräte ihre Informationen geleitet werden.\n- `LINEADDRFEATURE_SETUPCONF`: Auf der Adresse kann eine Konferenz ohne Ausgangsanruf eingerichtet werden (`lineSetupConference` mit einem Anrufhandle vom Wert null).\n- `LINEADDRFEATURE_UNCOMPLETECALL`: Ausstehende Anforderungen zur Anrufvervollständigung auf der Adresse können zurückgenommen werden (`lineUncompleteCall`).\n- `LINEADDRFEATURE_UNPARK`: Über diese Adresse kann ein geparkter Anruf aus dem Parken geholt werden (`lineUnpark`).\n- `LINEADDRFEATURE_PICKUPHELD`: `linePickup` ohne Ziel kann einen auf dieser Adresse gehaltenen Anruf zurückholen, normalerweise bei einer exklusiv gebrückten Adresse.\n- `LINEADDRFEATURE_PICKUPGROUP`: `linePickup` kann einen Anruf heranholen, der irgendwo in einer Heranholgruppe klingelt.\n- `LINEADDRFEATURE_PICKUPDIRECT`: `linePickup` kann einen Anruf heranholen, der an einer bestimmten Adresse klingelt.\n- `LINEADDRFEATURE_PICKUPWAITING`: `linePickup` ohne Ziel löst einen Flash (kurzes Betätigen des Gabelumschalters) aus, um zu einem anklopfenden Anruf zu wechseln. Das bedeutet nicht, dass ein solcher Anruf tatsächlich vorliegt; oft kann das Gerät dies gar nicht erkennen.\n- `LINEADDRFEATURE_FORWARDFWD`: `lineForward` kann die Anrufe der Adresse per Rufumleitung an andere Nummern weiterleiten; `FORWARD` ist ebenfalls gesetzt.\n- `LINEADDRFEATURE_FORWARDDND`: `lineForward` mit leerem Ziel kann für die Adresse den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt.\n\n# Français\n\nOpérations applicables à une adresse (et non à un appel). Dans `dwAddrFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que l’adresse permet en général ; dans `dwAddressFeatures` de `LINEADDRESSSTATUS` (obtenu par `lineGetAddressStatus`), ce qui est possible dans l’état actuel de l’adresse.\n\n- `LINEADDRFEATURE_FORWARD`: Un renvoi peut être programmé sur l’adresse avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est présent en plus, le fournisseur n’a pas précisé quelles formes de renvoi fonctionnent.\n- `LINEADDRFEATURE_MAKECALL`: Un appel sortant peut être passé depuis l’adresse (`lineMakeCall`).\n- `LINEADDRFEATURE_PICKUP`: Un appel peut être intercepté depuis l’adresse avec `linePickup`. Si aucun des bits `PICKUP*` plus précis n’est présent, le fournisseur n’a pas précisé quelles formes d’interception fonctionnent.\n- `LINEADDRFEATURE_SETMEDIACONTROL`: Le contrôle de média (`lineSetMediaControl`) peut être configuré sur l’adresse.\n- `LINEADDRFEATURE_SETTERMINAL`: L’acheminement vers les terminaux peut être réglé pour l’adresse avec `lineSetTerminal`.\n- `LINEADDRFEATURE_SETUPCONF`: Une conférence peut être mise en place sur l’adresse sans appel initial (`lineSetupConference` avec un handle d’appel nul).\n- `LINEADDRFEATURE_UNCOMPLETECALL`: Les demandes d’achèvement d’appel en cours sur l’adresse peuvent être annulées (`lineUncompleteCall`).\n- `LINEADDRFEATURE_UNPARK`: Un appel parqué peut être repris par cette adresse (`lineUnpark`).\n- `LINEADDRFEATURE_PICKUPHELD`: `linePickup` sans destination peut reprendre un appel mis en attente sur cette adresse, en général dans une configuration pontée exclusive.\n- `LINEADDRFEATURE_PICKUPGROUP`: `linePickup` peut prendre un appel qui sonne n’importe où dans un groupe d’interception.\n- `LINEADDRFEATURE_PICKUPDIRECT`: `linePickup` peut prendre un appel qui sonne sur une adresse précise.\n- `LINEADDRFEATURE_PICKUPWAITING`: `linePickup` sans destination déclenchera un flash (brève impulsion sur le crochet) pour basculer vers l’appel annoncé par le signal d’appel. Cela ne signifie pas qu’un tel appel soit réellement présent, ce que le périphérique est souvent incapable de savoir.\n- `LINEADDRFEATURE_FORWARDFWD`: `lineForward` peut renvoyer les appels de l’adresse vers d’autres numéros ; `FORWARD` est également présent.\n- `LINEADDRFEATURE_FORWARDDND`: `lineForward` avec une destination vide peut activer la fonction Ne pas déranger pour l’adresse ; `FORWARD` est également présent.\n"
    )]
    impl LineAddrFeature {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Forward,
            Self::MakeCall,
            Self::Pickup,
            Self::SetMediaControl,
            Self::SetTerminal,
            Self::SetupConf,
            Self::UncompleteCall,
            Self::Unpark,
            Self::PickupHeld,
            Self::PickupGroup,
            Self::PickupDirect,
            Self::PickupWaiting,
            Self::ForwardFwd,
            Self::ForwardDnd,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::Forward),
                2 => __tapi::Some(Self::MakeCall),
                4 => __tapi::Some(Self::Pickup),
                8 => __tapi::Some(Self::SetMediaControl),
                16 => __tapi::Some(Self::SetTerminal),
                32 => __tapi::Some(Self::SetupConf),
                64 => __tapi::Some(Self::UncompleteCall),
                128 => __tapi::Some(Self::Unpark),
                256 => __tapi::Some(Self::PickupHeld),
                512 => __tapi::Some(Self::PickupGroup),
                1024 => __tapi::Some(Self::PickupDirect),
                2048 => __tapi::Some(Self::PickupWaiting),
                4096 => __tapi::Some(Self::ForwardFwd),
                8192 => __tapi::Some(Self::ForwardDnd),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEADDRFEATURE_FORWARD`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineAddrFeature {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAddrFeature> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAddrFeature) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAddrFeature {
        type Error = ::tapi_consts::UnknownValueError<LineAddrFeature>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAddrFeature {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAddrFeature {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAddrFeature {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAddrFeature {
        type Output = ::tapi_consts::Flags<LineAddrFeature>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAddrFeature> {
            <::tapi_consts::Flags<
                LineAddrFeature,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAddrFeature>> for LineAddrFeature {
        type Output = ::tapi_consts::Flags<LineAddrFeature>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAddrFeature>,
        ) -> ::tapi_consts::Flags<LineAddrFeature> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAddrFeature, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAddrFeature);
};
///The `LINEADDRFEATURE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineaddrfeature {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::Forward`](super::LineAddrFeature::Forward)."
    )]
    pub const LINEADDRFEATURE_FORWARD: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::MakeCall`](super::LineAddrFeature::MakeCall)."
    )]
    pub const LINEADDRFEATURE_MAKECALL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::Pickup`](super::LineAddrFeature::Pickup)."
    )]
    pub const LINEADDRFEATURE_PICKUP: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::SetMediaControl`](super::LineAddrFeature::SetMediaControl)."
    )]
    pub const LINEADDRFEATURE_SETMEDIACONTROL: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::SetTerminal`](super::LineAddrFeature::SetTerminal)."
    )]
    pub const LINEADDRFEATURE_SETTERMINAL: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::SetupConf`](super::LineAddrFeature::SetupConf)."
    )]
    pub const LINEADDRFEATURE_SETUPCONF: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::UncompleteCall`](super::LineAddrFeature::UncompleteCall)."
    )]
    pub const LINEADDRFEATURE_UNCOMPLETECALL: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::Unpark`](super::LineAddrFeature::Unpark)."
    )]
    pub const LINEADDRFEATURE_UNPARK: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::PickupHeld`](super::LineAddrFeature::PickupHeld)."
    )]
    pub const LINEADDRFEATURE_PICKUPHELD: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::PickupGroup`](super::LineAddrFeature::PickupGroup)."
    )]
    pub const LINEADDRFEATURE_PICKUPGROUP: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::PickupDirect`](super::LineAddrFeature::PickupDirect)."
    )]
    pub const LINEADDRFEATURE_PICKUPDIRECT: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::PickupWaiting`](super::LineAddrFeature::PickupWaiting)."
    )]
    pub const LINEADDRFEATURE_PICKUPWAITING: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::ForwardFwd`](super::LineAddrFeature::ForwardFwd)."
    )]
    pub const LINEADDRFEATURE_FORWARDFWD: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAddrFeature::ForwardDnd`](super::LineAddrFeature::ForwardDnd)."
    )]
    pub const LINEADDRFEATURE_FORWARDDND: ::core::primitive::u32 = 8192;
}
