/** Office-style errors: branch on `code`, as real add-in code must. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "InvalidReference"
  | "InvalidOperation"
  | "InsertDeleteConflict"
  | "NotImplemented"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | "ConnectionFailure";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export const fail = (code: FakeErrorCode, message: string, where?: string): never => {
  throw new FakeOfficeError(code, message, where);
};
