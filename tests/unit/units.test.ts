import { describe, expect, it } from 'vitest';
import { displayValue, formatValue, quoteNumber } from '../../src/lib/units.ts';

describe('units', () => {
  it('shows values in Chinese units', () => {
    expect(displayValue(26, 'USD_bn')).toBe(260);
    expect(displayValue(0.215, 'USD_bn')).toBe(2.15);
    expect(displayValue(125.5, 'RMB_bn')).toBe(1255);
    expect(formatValue(8, 'USD_bn', 'about')).toBe('约80亿美元');
    expect(formatValue(3.7, 'USD_bn', 'over')).toBe('超过37亿美元');
    expect(formatValue(25, 'percent', 'at-least')).toBe('25%以上');
    expect(formatValue(2.3, 'percent')).toBe('2.3%');
  });

  it('finds the value in the report’s wording', () => {
    expect(quoteNumber('2014年3月入股时，京东估值约80亿美元', 8, 'USD_bn')).toBe(true);
    expect(quoteNumber('至2015年4月，京东市值已达454亿美元', 45.4, 'USD_bn')).toBe(true);
    expect(quoteNumber('腾讯宣布以约2.15亿美元现金入股京东', 0.215, 'USD_bn')).toBe(true);
    expect(quoteNumber('持股比例从17%降至2.3%', 2.3, 'percent')).toBe(true);
    expect(quoteNumber('贡献移动端订单量同比增长8倍', 8, 'times')).toBe(true);
    expect(quoteNumber('累计为京东主站导流超过5亿用户', 5, 'users_100m')).toBe(true);
  });

  it('rejects a value the wording does not state', () => {
    expect(quoteNumber('京东估值约80亿美元', 80, 'USD_bn')).toBe(false); // 80 bn would be 800亿美元
    expect(quoteNumber('京东估值约80亿美元', 8, 'RMB_bn')).toBe(false); // wrong currency
    expect(quoteNumber('持股比例从17%降至2.3%', 2.4, 'percent')).toBe(false);
    expect(quoteNumber('2014年618大促', 2014, 'percent')).toBe(false);
  });
});
