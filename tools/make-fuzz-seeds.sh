#!/usr/bin/env bash
# Rebuilds the committed seed corpora in tests/fuzz/corpus/<target>/ from
# tests/data, resources/corpus and small slices (a few KB) of the reference
# files in ../shared/reference. Hand-written seeds (names starting "hand-")
# are kept. Usage: tools/make-fuzz-seeds.sh [REFERENCE_DIR]
set -eu  # no pipefail: head closes the pipes of slices early
cd "$(dirname "$0")/.."
ref="${1:-../shared/reference}"
c=tests/fuzz/corpus
d=tests/data/malformed

# head of a file, at most N bytes, cut at a line end
slice() { head -c "$2" "$1" | sed '$d'; }
# header line + N bytes of lines from byte offset OFF, cut at line ends
slice_at() { head -1 "$1"; tail -c +"$2" "$1" | sed 1d | head -c "$3" | sed '$d'; }

mkdir -p $c/fuzz_prices_{yahoo,yfinance,stooq,close} $c/fuzz_{epoch,gcat,ll2,html,markdown} \
         $c/fuzz_{ndjson,sse}_stream

for f in bad_date bad_number header_only wrong_column_count misaligned_header truncated_quote latin1; do
  cp $d/$f.csv $c/fuzz_prices_yahoo/
done
if [ -d "$ref/prices" ]; then
  slice "$ref/prices/BABA_with_timestamps.csv" 3000 > $c/fuzz_prices_yahoo/baba-timestamps.csv
  slice "$ref/prices/NVDA_yfinance_adjusted.csv" 3000 > $c/fuzz_prices_yfinance/nvda-1row.csv
  slice "$ref/prices/IXIC_2020_2025_yfinance.csv" 3000 > $c/fuzz_prices_yfinance/ixic-2rows.csv
  slice "$ref/prices/IXIC_2005_2025_with_dividends_columns.csv" 3000 > $c/fuzz_prices_yfinance/ixic-dividends.csv
  slice "$ref/prices/GSPC_no_volume.csv" 3000 > $c/fuzz_prices_stooq/gspc-no-volume.csv
  # Stooq's column order, from the NVDA rows
  slice "$ref/prices/NVDA_yfinance_adjusted.csv" 3000 |
    awk -F, 'NR==1{print "Date,Open,High,Low,Close,Volume"; next}{print $1","$5","$3","$4","$2","$6}' \
    > $c/fuzz_prices_stooq/nvda-stooq-order.csv
  slice "$ref/prices/GSPC_no_volume.csv" 2000 | cut -d, -f1,5 > $c/fuzz_prices_close/gspc-close.csv
  slice "$ref/prices/GSPC_no_volume.csv" 2000 | cut -d, -f1,5 | sed '1s/.*/Date,GSPC/' > $c/fuzz_prices_close/named-column.csv
  slice "$ref/prices/BABA_with_timestamps.csv" 2000 | cut -d, -f1,6 > $c/fuzz_prices_close/adj-close-only.csv
fi
if [ -f "$ref/epoch/notable_ai_models.csv" ]; then
  slice "$ref/epoch/notable_ai_models.csv" 4000 > $c/fuzz_epoch/epoch-head.csv
  slice_at "$ref/epoch/notable_ai_models.csv" 900000 3000 > $c/fuzz_epoch/epoch-middle.csv
fi
cp $d/epoch_truncated_quote.csv $c/fuzz_epoch/
if [ -d "$ref/gcat" ]; then
  slice "$ref/gcat/launchlog_1957_2024.tsv" 4000 > $c/fuzz_gcat/gcat-1957.tsv
  slice_at "$ref/gcat/launchlog_2024_2026.tsv" 1000000 4000 > $c/fuzz_gcat/gcat-2025.tsv
fi
cp $d/gcat_bad_date.tsv $c/fuzz_gcat/
cp $d/ll2_missing_id.json $c/fuzz_ll2/
cp tests/data/corpus_min/note.md $c/fuzz_markdown/
for f in resources/corpus/0[1-3]*.md; do head -c 3000 "$f" > $c/fuzz_markdown/"$(basename "$f")"; done
cp resources/web/reader.html $c/fuzz_html/
echo "seeds: $(find $c -type f | wc -l) files, $(du -sk $c | cut -f1) KB"
