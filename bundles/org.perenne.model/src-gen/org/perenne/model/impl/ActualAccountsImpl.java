/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.AccountBalance;
import org.perenne.model.AccountMapping;
import org.perenne.model.ActualAccounts;
import org.perenne.model.CashBalance;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actual Accounts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.ActualAccountsImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActualAccountsImpl#getBalances <em>Balances</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActualAccountsImpl#getCash <em>Cash</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActualAccountsImpl#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActualAccountsImpl extends EObjectImpl implements ActualAccounts {
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBalances() <em>Balances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalances()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountBalance> balances;

	/**
	 * The cached value of the '{@link #getCash() <em>Cash</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCash()
	 * @generated
	 * @ordered
	 */
	protected EList<CashBalance> cash;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountMapping> mappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActualAccountsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.ACTUAL_ACCOUNTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTUAL_ACCOUNTS__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountBalance> getBalances() {
		if (balances == null) {
			balances = new EObjectContainmentEList<AccountBalance>(AccountBalance.class, this, PerennePackage.ACTUAL_ACCOUNTS__BALANCES);
		}
		return balances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CashBalance> getCash() {
		if (cash == null) {
			cash = new EObjectContainmentEList<CashBalance>(CashBalance.class, this, PerennePackage.ACTUAL_ACCOUNTS__CASH);
		}
		return cash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<AccountMapping>(AccountMapping.class, this, PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.ACTUAL_ACCOUNTS__BALANCES:
				return ((InternalEList<?>)getBalances()).basicRemove(otherEnd, msgs);
			case PerennePackage.ACTUAL_ACCOUNTS__CASH:
				return ((InternalEList<?>)getCash()).basicRemove(otherEnd, msgs);
			case PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.ACTUAL_ACCOUNTS__SOURCE:
				return getSource();
			case PerennePackage.ACTUAL_ACCOUNTS__BALANCES:
				return getBalances();
			case PerennePackage.ACTUAL_ACCOUNTS__CASH:
				return getCash();
			case PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS:
				return getMappings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.ACTUAL_ACCOUNTS__SOURCE:
				setSource((String)newValue);
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__BALANCES:
				getBalances().clear();
				getBalances().addAll((Collection<? extends AccountBalance>)newValue);
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__CASH:
				getCash().clear();
				getCash().addAll((Collection<? extends CashBalance>)newValue);
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends AccountMapping>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.ACTUAL_ACCOUNTS__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__BALANCES:
				getBalances().clear();
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__CASH:
				getCash().clear();
				return;
			case PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS:
				getMappings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.ACTUAL_ACCOUNTS__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PerennePackage.ACTUAL_ACCOUNTS__BALANCES:
				return balances != null && !balances.isEmpty();
			case PerennePackage.ACTUAL_ACCOUNTS__CASH:
				return cash != null && !cash.isEmpty();
			case PerennePackage.ACTUAL_ACCOUNTS__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ActualAccountsImpl
