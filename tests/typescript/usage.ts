// Proof that the published bundles (dist/spec) are consumable by another language's generator:
// openapi-typescript turns them into types (build/ts), and this file, using one operation of each
// document and of the combined spec, must compile with `tsc --noEmit --strict` (`make typescript`).
import type { components as BalancePlus, operations as BalancePlusOperations } from "../../build/ts/balance-plus";
import type { components as FixedIncome, operations as FixedIncomeOperations } from "../../build/ts/fixed-income";
import type { components as FixedStaking } from "../../build/ts/fixed-staking";
import type { components as PrimeBroker, operations as PrimeBrokerOperations } from "../../build/ts/prime-broker";
import type { operations as TBillsOperations } from "../../build/ts/t-bills";
import type { operations as Matrixport } from "../../build/ts/matrixport";

type JsonBody<Op> = Op extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

// Balance+: query parameters and the decimal strings of the result.
const detailQuery: BalancePlusOperations["getCurrencyDetail"]["parameters"]["query"] = {
  currency: "BTC",
  product_type: "flexi_saving",
  subject_type: "flexi_saving",
};
export function currentApy(detail: BalancePlus["schemas"]["CurrencyDetail"]): string {
  return detail.current_apy;
}

// Fixed-Income: the public APY list, read through the envelope.
export function firstApy(body: JsonBody<FixedIncomeOperations["listApys"]>): FixedIncome["schemas"]["Apy"] | undefined {
  return body.code === 0 ? body.data?.apys[0] : undefined;
}

// Fixed-Staking: a redemption request with its e8 integers.
export const redeem: FixedStaking["schemas"]["RedeemOrderRequest"] = {
  payback_currency: "ETH",
  order_id: "6984808120929382400",
  share: 500735294,
  principal: 510749999,
};

// Prime Broker: a transfer body, as the document's demo sends it.
export const transfer: PrimeBroker["schemas"]["TransferRequest"] = {
  from_account: "9547_huobi_1",
  from_wallet_type: 0,
  to_account: "9547_okex_1",
  to_wallet_type: 0,
  currency: "BTC",
  amount: "1",
  serial_no: "1700000000000",
};
export type TransferBody = PrimeBrokerOperations["createTransfer"]["requestBody"]["content"]["application/json"];

// T-Bills: a path parameter.
export const orderDetail: TBillsOperations["getOrderDetail"]["parameters"]["path"] = { id: "7016600587613560832" };

// The combined spec: document-prefixed operationIds.
export type CombinedTransfer = Matrixport["primeBrokerCreateTransfer"]["requestBody"]["content"]["application/json"];
export const combinedQuery: Matrixport["balancePlusGetCurrencyDetail"]["parameters"]["query"] = detailQuery;
