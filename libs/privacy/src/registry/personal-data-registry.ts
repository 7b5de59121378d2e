import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { PERSONAL_DATA_CONTEXT, PersonalDataContextProvider, RetentionRule } from '@zyklus/common';
import { DataSource } from 'typeorm';

/** A retention rule with the context that declared it. */
export interface RegisteredRetentionRule {
  readonly context: string;
  readonly rule: RetentionRule;
}

/**
 * Every library's personal-data context, found at start-up among all providers marked
 * `@PersonalDataContext()` (a plugin registry: this library imports none of them).
 */
@Injectable()
export class PersonalDataRegistry implements OnModuleInit {
  private contexts: PersonalDataContextProvider[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const found = new Set<PersonalDataContextProvider>();
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as Function | null | undefined;
      if (!type || !wrapper.instance || !Reflect.getMetadata(PERSONAL_DATA_CONTEXT, type)) continue;
      found.add(wrapper.instance as PersonalDataContextProvider);
    }
    this.contexts = [...found].sort((a, b) => a.context.localeCompare(b.context));
    const names = this.contexts.map((c) => c.context);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice) throw new Error(`Two personal-data contexts are called "${twice}"`);
    const classes = this.retentionRules().map((r) => r.rule.dataClass);
    const again = classes.find((name, i) => classes.indexOf(name) !== i);
    if (again) throw new Error(`Two retention rules are called "${again}"`);
  }

  /** By name (the archive's order). */
  all(): readonly PersonalDataContextProvider[] {
    return this.contexts;
  }

  /** In the order their erasers run. */
  inErasureOrder(): PersonalDataContextProvider[] {
    return [...this.contexts].sort((a, b) => (a.erasureOrder ?? 50) - (b.erasureOrder ?? 50));
  }

  retentionRules(): RegisteredRetentionRule[] {
    return this.contexts.flatMap((c) =>
      (c.retention ?? []).map((rule) => ({ context: c.context, rule })),
    );
  }

  rule(dataClass: string): RegisteredRetentionRule | undefined {
    return this.retentionRules().find((r) => r.rule.dataClass === dataClass);
  }

  /** Table name → the context that covers it (for the coverage test and the README). */
  coveredTables(): Map<string, string> {
    const tables = new Map<string, string>();
    for (const context of this.contexts) {
      for (const covered of context.covers) {
        const table =
          typeof covered === 'string' ? covered : this.dataSource.getMetadata(covered).tableName;
        tables.set(table, context.context);
      }
    }
    return tables;
  }
}
