//! The TAPI 3 families (feature `tapi3`): the enumerations of the TAPI 3 COM
//! interfaces (`Tapi3if.h`; the call centre's `Tapi3cc.h`, described in German
//! too), the media service provider's (`Msp.h`, `MspStrm.h`), Rendezvous
//! directories (`REND.h`) and the `TAPI_E_` HRESULTs (`Tapi3Err.h`).
//!
//! A TAPI 3 family is named after its C enum type (`CALL_STATE` →
//! [`CallState`]), which [`FamilyInfo::c_type`](crate::FamilyInfo::c_type)
//! gives: several types share a prefix (`AS_` is both `ADDRESS_STATE` and
//! `AGENT_STATE`). Where a name is also a `tapi.h` family's
//! (`PhoneButtonMode`), this module's is the TAPI 3 one.
