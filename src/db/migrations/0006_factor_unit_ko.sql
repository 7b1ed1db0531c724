ALTER TABLE "benchmark_factors" ADD COLUMN "unit_ko" text;
