//! The service-provider families of `TSPI.h` (feature `tspi`): the `TSPI_`
//! function ordinals, the quality-of-service and provider-option families.
//! The seven messages a provider sends TAPI are
//! [`ProviderMessage`](crate::families::ProviderMessage), in `tapi.h`'s
//! group: their numbers 500 to 506 are also the first ordinals
//! ([`TspiProc`]), so a number alone does not say which is meant.
